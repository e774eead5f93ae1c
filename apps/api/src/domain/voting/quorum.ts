// Whether enough of the eligible voters took part. Every ballot counts as
// turnout, abstentions and empty dot ballots included.

/**
 * True when `quorum` is null or `ballots / eligible >= quorum`. With nobody
 * eligible, only a quorum of 0 is met. The share is compared by division, not
 * `quorum * eligible`, so that 7 of 10 meets a quorum of 0.7 (0.7 * 10 is
 * 7.000000000000001 in floating point; 7 / 10 is exactly the double 0.7).
 */
export function isQuorumMet(quorum: number | null, ballots: number, eligible: number): boolean {
  if (!Number.isInteger(eligible) || eligible < 0) {
    throw new RangeError(`Eligible voters must be a whole number, zero or more (got ${eligible}).`);
  }
  if (quorum === null) return true;
  if (!(quorum >= 0 && quorum <= 1)) {
    throw new RangeError(`A quorum is a share from 0 to 1 (got ${quorum}).`);
  }
  if (eligible === 0) return quorum === 0;
  return ballots / eligible >= quorum;
}
