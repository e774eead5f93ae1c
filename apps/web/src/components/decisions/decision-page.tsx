"use client";

import { useQuery } from "@tanstack/react-query";
import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useEffect } from "react";
import { SignedInGate } from "@/components/auth/signed-in-gate";
import { FormError } from "@/components/ui/form-error";
import { StatusMessage } from "@/components/ui/status-message";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";
import { DecisionActions } from "./decision-actions";
import { DecisionCrumbs } from "./decision-crumbs";
import { DecisionFacts } from "./decision-facts";
import { DecisionHistory, LaterDecision } from "./decision-history";
import { DecisionObjections } from "./decision-objections";
import { DecisionPremises } from "./decision-premises";
import { DecisionTally } from "./decision-tally";

export function DecisionPage({ slug, decisionId }: { slug: string; decisionId: string }) {
  return (
    <SignedInGate>{() => <DecisionLoader slug={slug} decisionId={decisionId} />}</SignedInGate>
  );
}

function DecisionLoader({ slug, decisionId }: { slug: string; decisionId: string }) {
  const trpc = useTRPC();
  const decision = useQuery(trpc.decision.get.queryOptions({ decisionId }));
  const outcome = decision.data?.outcome;

  useEffect(() => {
    if (outcome) document.title = `Decision: ${outcome} · Steelman`;
  }, [outcome]);

  if (decision.error) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold tracking-tight">Decision unavailable</h1>
        <FormError message={getErrorMessage(decision.error)} />
        <Link href={`/w/${slug}/decisions`} className="font-medium underline">
          Back to the decision log
        </Link>
      </div>
    );
  }
  if (decision.isPending) return <StatusMessage>Loading the decision…</StatusMessage>;
  const d = decision.data;

  return (
    <article aria-labelledby="decision-outcome" className="space-y-8">
      <header className="space-y-4">
        <DecisionCrumbs slug={slug} />
        <p className="text-xs font-semibold tracking-wide text-stone-500 uppercase">
          Decision{d.version > 1 ? ` · version ${d.version}` : null}
        </p>
        <h1
          id="decision-outcome"
          className="text-2xl font-semibold tracking-tight text-pretty sm:text-3xl"
        >
          {d.outcome}
        </h1>
        <p className="text-sm text-stone-600">
          In the debate{" "}
          <Link
            href={`/w/${slug}/d/${d.debateId}`}
            className="font-medium text-stone-900 underline underline-offset-2"
          >
            {d.debate.question}
          </Link>
          {d.recordedEventId ? (
            <>
              {" · "}
              <Link
                href={`/w/${slug}/d/${d.debateId}?asOf=${d.recordedEventId}`}
                className="font-medium text-stone-900 underline underline-offset-2"
              >
                the debate when this was decided
              </Link>
            </>
          ) : null}
        </p>
        {d.status === "contested" ? (
          <p className="flex items-start gap-2 rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950">
            <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />A claim this
            decision rests on no longer stands. Review the decision: amend it, or supersede it with
            a new one.
          </p>
        ) : null}
        <LaterDecision slug={slug} decision={d} />
        <DecisionFacts decision={d} />
        <DecisionActions slug={slug} decision={d} />
      </header>
      <section aria-labelledby="rationale-heading" className="space-y-2">
        <h2 id="rationale-heading" className="text-lg font-semibold tracking-tight">
          Rationale
        </h2>
        <p className="max-w-prose whitespace-pre-line text-stone-800">{d.rationale || "—"}</p>
      </section>
      <DecisionPremises premises={d.premises} />
      <DecisionTally decision={d} />
      <DecisionObjections objections={d.objections} />
      <DecisionHistory slug={slug} decision={d} />
    </article>
  );
}
