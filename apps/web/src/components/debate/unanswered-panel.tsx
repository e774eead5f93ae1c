"use client";

import { CircleAlert } from "lucide-react";
import { type DebateView, excerpt } from "@/lib/debate";
import { ClaimLink } from "./claim-link";
import { useDebate } from "./debate-context";

export const UNANSWERED_PANEL_ID = "unanswered";

/** Every open objection, newest first, each a link to its place in the outline. */
export function UnansweredPanel({ view }: { view: DebateView }) {
  const { claimById } = useDebate();
  const open = view.unansweredObjectionIds
    .map((id) => claimById.get(id))
    .filter((claim) => claim !== undefined);

  return (
    <aside
      id={UNANSWERED_PANEL_ID}
      aria-label="Unanswered objections"
      className="scroll-mt-6 space-y-3 rounded-lg border border-amber-200 bg-white p-4 lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] lg:overflow-y-auto"
    >
      <h2 className="flex items-center gap-2 text-lg font-semibold tracking-tight">
        <CircleAlert aria-hidden="true" className="size-5 text-amber-700" />
        Unanswered ({open.length})
      </h2>
      {open.length === 0 ? (
        <p className="text-sm text-stone-700">
          No open objections: every objection is answered or resolved.
        </p>
      ) : (
        <>
          <p className="text-sm text-stone-600">
            Objections that stand with no answer, newest first.
          </p>
          <ol className="divide-y divide-stone-100">
            {open.map((claim) => {
              const target = claim.targetId ? claimById.get(claim.targetId) : undefined;
              return (
                <li key={claim.id} className="py-2.5">
                  <ClaimLink
                    number={claim.number}
                    className="group block rounded-sm text-sm font-medium"
                  >
                    <span className="underline decoration-stone-400 underline-offset-2 group-hover:decoration-stone-900">
                      #{claim.number}
                    </span>{" "}
                    <span className="font-normal text-stone-800">
                      {claim.body ? excerpt(claim.body, 90) : "(hidden)"}
                    </span>
                  </ClaimLink>
                  {target ? (
                    <p className="mt-0.5 text-xs text-stone-500">
                      {claim.isRebuttal ? "Rebuts" : "Objects to"} #{target.number}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </aside>
  );
}
