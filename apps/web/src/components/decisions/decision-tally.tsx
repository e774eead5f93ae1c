"use client";

import { useQuery } from "@tanstack/react-query";
import { ProposalResults } from "@/components/proposals/proposal-results";
import { METHOD_LABELS } from "@/components/proposals/proposal-words";
import { useTRPC } from "@/lib/trpc";
import type { DecisionDetail } from "./decision-words";

/** The proposal's count at closing, as the decision kept it. */
export function DecisionTally({ decision: d }: { decision: DecisionDetail }) {
  const trpc = useTRPC();
  const { tally } = d;
  // The decision keeps the tally by option id; the proposal holds the options' names.
  const options = useQuery(
    trpc.proposal.list.queryOptions(
      { debateId: d.debateId },
      {
        enabled: Boolean(d.proposal && tally?.method !== "consent"),
        select: (list) => list.find((p) => p.id === d.proposalId)?.options ?? [],
      },
    ),
  ).data;

  return (
    <section aria-labelledby="tally-heading" className="space-y-3">
      <h2 id="tally-heading" className="text-lg font-semibold tracking-tight">
        Tally
      </h2>
      {d.proposal ? (
        <div className="space-y-1 text-sm text-stone-700">
          <p>
            Proposal:{" "}
            <span className="font-medium text-stone-900">
              {d.proposalAtDecision?.title ?? d.proposal.title}
            </span>{" "}
            ({METHOD_LABELS[d.proposal.method]})
          </p>
          {d.proposalAtDecision ? (
            <p className="whitespace-pre-line text-stone-600">
              As voted on: {d.proposalAtDecision.text}
            </p>
          ) : null}
        </div>
      ) : (
        <p className="text-sm text-stone-700">Recorded directly, without a proposal.</p>
      )}
      {tally ? (
        <div className="rounded-lg border border-stone-200 bg-white p-4">
          <ProposalResults tally={tally} options={options ?? []} closed />
        </div>
      ) : null}
    </section>
  );
}
