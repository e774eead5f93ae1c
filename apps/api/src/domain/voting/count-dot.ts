// Dot voting: the option with the most dots wins. A ballot with no dots is
// turnout without a preference; when no ballot places a dot there are no votes.
import { findHighest, outcomeOf } from "./highest.ts";
import type { DotTally } from "./tally.ts";
import type { BallotOf, ProposalOption } from "./types.ts";

export function countDots(
  options: readonly ProposalOption[],
  ballots: readonly BallotOf<"dot">[],
): DotTally {
  const totals = new Map(options.map((option) => [option.id, 0]));
  let placed = 0;
  for (const ballot of ballots) {
    for (const [id, dots] of Object.entries(ballot.dots)) {
      totals.set(id, (totals.get(id) ?? 0) + dots);
      placed += dots;
    }
  }
  const ids = [...totals.keys()];
  const winners = placed === 0 ? [] : findHighest(ids, (id) => totals.get(id) ?? 0);
  return {
    method: "dot",
    totals: Object.fromEntries(totals),
    winners,
    outcome: winners.length === 0 ? "no_votes" : outcomeOf(winners),
  };
}
