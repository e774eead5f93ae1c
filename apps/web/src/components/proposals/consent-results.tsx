import { CONSENT_CHOICES } from "@steelman/api/vocabulary";
import { CONSENT_LABELS, type ProposalTally } from "./proposal-words";

type ConsentTally = Extract<ProposalTally, { method: "consent" }>;

/** Consent counts, and what became of the blocks: standing (a veto) or answered (an argument met). */
export function ConsentResults({ tally }: { tally: ConsentTally }) {
  const blocks = tally.counts.block;
  return (
    <div className="space-y-2">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {CONSENT_CHOICES.map((choice) => (
          <div key={choice} className="rounded-md border border-stone-200 bg-stone-50 px-3 py-2">
            <dt className="text-xs font-medium tracking-wide text-stone-600 uppercase">
              {CONSENT_LABELS[choice]}
            </dt>
            <dd className="text-lg font-semibold text-stone-900 tabular-nums">
              {tally.counts[choice]}
            </dd>
          </div>
        ))}
      </dl>
      {blocks > 0 ? (
        <p className="text-sm text-stone-700">
          Blocks: {tally.blocksStanding} standing, {tally.blocksAnswered} answered.
          {tally.blocksAnswered > 0
            ? " An answered block is an argument that was met, not a veto."
            : null}
        </p>
      ) : null}
    </div>
  );
}
