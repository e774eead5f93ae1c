// Rules for a person's vote on a claim. Pure.
import type { ClaimKind } from "../argument/types.ts";
import { DomainError } from "../domain-error.ts";

import type { Agreement } from "../vocabulary.ts";

export type { Agreement } from "../vocabulary.ts";

/** Impact (0–4) says how much a support or objection matters to its target; roots have none. */
export function assertValidClaimVote(kind: ClaimKind, impact: number | null): void {
  if ((kind === "position" || kind === "proposal") && impact !== null) {
    throw new DomainError("BAD_REQUEST", `A ${kind} has no target, so it takes no impact vote.`);
  }
}

export type ClaimTally = {
  agree: number;
  unsure: number;
  disagree: number;
  /** Mean impact (0–4) over the votes that gave one; null when none did. */
  impactMean: number | null;
  total: number;
};

export function tallyClaimVotes(
  votes: readonly { agreement: Agreement; impact: number | null }[],
): ClaimTally {
  const tally: ClaimTally = {
    agree: 0,
    unsure: 0,
    disagree: 0,
    impactMean: null,
    total: votes.length,
  };
  let impactSum = 0;
  let impactCount = 0;
  for (const vote of votes) {
    tally[vote.agreement] += 1;
    if (vote.impact !== null) {
      impactSum += vote.impact;
      impactCount += 1;
    }
  }
  tally.impactMean = impactCount > 0 ? Math.round((impactSum / impactCount) * 100) / 100 : null;
  return tally;
}
