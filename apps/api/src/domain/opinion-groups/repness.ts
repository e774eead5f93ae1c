import type { ConsensusClaim, GroupClaimTally, RepresentativeClaim } from "./types.ts";

/** One-sided 95 %: a group stands out on a claim when z ≥ this. */
export const Z_95 = 1.6449;
const MAX_REPRESENTATIVE = 5;
const MAX_CONSENSUS = 5;

const seen = (t: GroupClaimTally) => t.agree + t.disagree + t.unsure;
/** Smoothed share, as Pol.is: (count + 1) / (seen + 2), never 0 or 1. */
export const smoothedRate = (count: number, total: number) => (count + 1) / (total + 2);

/**
 * Two-proportion z-test with one pseudo-count on each count (as in Pol.is):
 * is the share `hitsIn / totalIn` larger than `hitsOut / totalOut`?
 */
export function twoProportionZ(
  hitsIn: number,
  totalIn: number,
  hitsOut: number,
  totalOut: number,
): number {
  const a = hitsIn + 1;
  const b = hitsOut + 1;
  const n1 = totalIn + 1;
  const n2 = totalOut + 1;
  const pooled = (a + b) / (n1 + n2);
  const spread = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return spread > 0 ? (a / n1 - b / n2) / spread : 0;
}

/**
 * Claims a group agrees (or disagrees) with markedly more than the rest of
 * the room ("repness" in Pol.is): the group's smoothed rate must be over one
 * half and beat the rest at one-sided 95 % by the two-proportion z-test.
 * Strongest first, at most five.
 */
export function findRepresentativeClaims(
  group: Map<string, GroupClaimTally>,
  room: Map<string, GroupClaimTally>,
): RepresentativeClaim[] {
  const found: RepresentativeClaim[] = [];
  for (const [claimId, inGroup] of group) {
    const all = room.get(claimId);
    if (!all) continue;
    const rest = {
      agree: all.agree - inGroup.agree,
      disagree: all.disagree - inGroup.disagree,
      unsure: all.unsure - inGroup.unsure,
    };
    for (const direction of ["agree", "disagree"] as const) {
      const groupRate = smoothedRate(inGroup[direction], seen(inGroup));
      const z = twoProportionZ(inGroup[direction], seen(inGroup), rest[direction], seen(rest));
      if (groupRate > 0.5 && z >= Z_95) {
        found.push({
          claimId,
          direction,
          groupRate,
          restRate: smoothedRate(rest[direction], seen(rest)),
          z,
        });
      }
    }
  }
  return found
    .sort((a, b) => b.z - a.z || (a.claimId < b.claimId ? -1 : 1))
    .slice(0, MAX_REPRESENTATIVE);
}

/**
 * Group-informed consensus (Pol.is): for each claim, the product over groups
 * of each group's smoothed agree (or disagree) rate. It is high only when
 * every group leans the same way, however unequal the groups' sizes. A claim
 * counts when every group's smoothed rate is over one half.
 */
export function findConsensusClaims(
  groups: Array<Map<string, GroupClaimTally>>,
  claimIds: string[],
): ConsensusClaim[] {
  if (groups.length === 0) return [];
  const empty: GroupClaimTally = { agree: 0, disagree: 0, unsure: 0 };
  const found: ConsensusClaim[] = [];
  for (const claimId of claimIds) {
    for (const direction of ["agree", "disagree"] as const) {
      let score = 1;
      let everyGroupLeans = true;
      for (const group of groups) {
        const tally = group.get(claimId) ?? empty;
        const rate = smoothedRate(tally[direction], seen(tally));
        if (rate <= 0.5) everyGroupLeans = false;
        score *= rate;
      }
      if (everyGroupLeans) found.push({ claimId, direction, score });
    }
  }
  return found
    .sort((a, b) => b.score - a.score || (a.claimId < b.claimId ? -1 : 1))
    .slice(0, MAX_CONSENSUS);
}
