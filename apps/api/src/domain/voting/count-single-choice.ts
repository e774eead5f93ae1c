// Single choice: plurality. Every option is in the counts, 0 when unchosen.
import { findHighest, outcomeOf } from "./highest.ts";
import type { SingleChoiceTally } from "./tally.ts";
import type { BallotOf, ProposalOption } from "./types.ts";

export function countSingleChoice(
  options: readonly ProposalOption[],
  ballots: readonly BallotOf<"single_choice">[],
): SingleChoiceTally {
  const counts = new Map(options.map((option) => [option.id, 0]));
  for (const ballot of ballots) {
    counts.set(ballot.optionId, (counts.get(ballot.optionId) ?? 0) + 1);
  }
  const ids = [...counts.keys()];
  const winners = ballots.length === 0 ? [] : findHighest(ids, (id) => counts.get(id) ?? 0);
  return {
    method: "single_choice",
    counts: Object.fromEntries(counts),
    winners,
    outcome: winners.length === 0 ? "no_votes" : outcomeOf(winners),
  };
}
