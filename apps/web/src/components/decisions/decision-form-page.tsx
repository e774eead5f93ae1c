"use client";

import { skipToken, useQuery } from "@tanstack/react-query";
import { ChevronLeft } from "lucide-react";
import Link from "next/link";
import { useEffect } from "react";
import { SignedInGate } from "@/components/auth/signed-in-gate";
import { FormError } from "@/components/ui/form-error";
import { StatusMessage } from "@/components/ui/status-message";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";
import { DecisionWizard } from "./decision-wizard";

type DecisionFormPageProps = {
  slug: string;
  debateId: string;
  /** The decision this one amends (a new version) or supersedes (replaces), if any. */
  amendsId: string | null;
  supersedesId: string | null;
};

export function DecisionFormPage(props: DecisionFormPageProps) {
  return (
    <SignedInGate>{(user) => <DecisionFormLoader {...props} userId={user.id} />}</SignedInGate>
  );
}

function DecisionFormLoader({
  slug,
  debateId,
  amendsId,
  supersedesId,
  userId,
}: DecisionFormPageProps & { userId: string }) {
  const trpc = useTRPC();
  const baseId = amendsId ?? supersedesId;
  const debate = useQuery(trpc.debate.get.queryOptions({ debateId }));
  // Held still while the form is filled in; fetched again only when saving meets a change.
  const preparation = useQuery(
    trpc.decision.prepare.queryOptions(
      { debateId },
      { staleTime: Number.POSITIVE_INFINITY, refetchOnWindowFocus: false },
    ),
  );
  const base = useQuery(
    trpc.decision.get.queryOptions(baseId ? { decisionId: baseId } : skipToken),
  );
  const heading = amendsId
    ? "Amend a decision"
    : supersedesId
      ? "Supersede a decision"
      : "Record a decision";

  useEffect(() => {
    document.title = `${heading} · Steelman`;
  }, [heading]);

  const error = debate.error ?? preparation.error ?? base.error;
  const loading = debate.isPending || preparation.isPending || (baseId !== null && base.isPending);

  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <nav aria-label="Breadcrumb">
          <Link
            href={`/w/${slug}/d/${debateId}`}
            className="inline-flex items-center gap-1 text-sm text-stone-600 underline-offset-2 hover:text-stone-900 hover:underline"
          >
            <ChevronLeft aria-hidden="true" className="size-4" />
            {debate.data?.debate.question ?? "Back to the debate"}
          </Link>
        </nav>
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{heading}</h1>
        {base.data ? (
          <p className="rounded-md border border-stone-200 bg-stone-50 px-3 py-2 text-sm text-stone-700">
            {amendsId ? "A new version of" : "Replaces"}:{" "}
            <Link
              href={`/w/${slug}/decisions/${base.data.id}`}
              className="font-medium underline underline-offset-2"
            >
              {base.data.outcome}
            </Link>
          </p>
        ) : null}
        <p className="max-w-prose text-sm text-stone-600">
          A decision keeps what was decided and why, and every objection still open now with what
          you do about it. It cannot be edited afterwards, only amended by a new version.
        </p>
      </header>
      {error ? <FormError message={getErrorMessage(error)} /> : null}
      {!error && loading ? <StatusMessage>Loading the open objections…</StatusMessage> : null}
      {!error && !loading && preparation.data ? (
        <DecisionWizard
          slug={slug}
          debateId={debateId}
          userId={userId}
          preparation={preparation.data}
          refetchPreparation={async () => (await preparation.refetch()).data}
          amends={amendsId ? (base.data ?? null) : null}
          supersedes={supersedesId ? (base.data ?? null) : null}
        />
      ) : null}
    </div>
  );
}
