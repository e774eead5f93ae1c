// Consent: the proposal passes unless a block still stands. A block creates an
// objection; once that objection is answered (labelled `out`) the block was an
// argument that was answered, and no longer prevents consent. Disagreeing is
// recorded but does not block; abstaining is turnout without a position.
import type { ConsentTally } from "./tally.ts";
import type { BallotOf, ConsentChoice } from "./types.ts";

export function countConsent(ballots: readonly BallotOf<"consent">[]): ConsentTally {
  const counts: Record<ConsentChoice, number> = { agree: 0, abstain: 0, disagree: 0, block: 0 };
  let blocksStanding = 0;
  for (const ballot of ballots) {
    counts[ballot.choice] += 1;
    if (ballot.choice === "block" && ballot.blockStands) blocksStanding += 1;
  }
  return {
    method: "consent",
    counts,
    blocksStanding,
    blocksAnswered: counts.block - blocksStanding,
    outcome: blocksStanding > 0 ? "blocked" : "consented",
  };
}
