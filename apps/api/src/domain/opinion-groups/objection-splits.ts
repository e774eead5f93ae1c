import type { GroupClaimTally } from "./types.ts";

/** A group "holds" an objection when at least this share of its voters agree… */
export const HOLD_SHARE = 0.6;
/** …and "dismisses" it when at least this share disagree. */
export const DISMISS_SHARE = 0.6;
/** Fewer voters than this in a group and its stance counts as unknown. */
const MIN_VOTERS = 2;

export type GroupStance = "holds" | "dismisses" | "divided" | "unknown";

export type ObjectionSplit = {
  claimId: string;
  byGroup: Array<{ groupId: number; tally: GroupClaimTally; stance: GroupStance }>;
  /** One group holds it decisive while another dismisses it. */
  splits: boolean;
};

export function stanceOf(tally: GroupClaimTally): GroupStance {
  const voters = tally.agree + tally.disagree + tally.unsure;
  if (voters < MIN_VOTERS) return "unknown";
  if (tally.agree / voters >= HOLD_SHARE) return "holds";
  if (tally.disagree / voters >= DISMISS_SHARE) return "dismisses";
  return "divided";
}

/**
 * For each open objection (ids from the debate status, never re-derived
 * here), how each group voted on it, and whether it splits the room.
 */
export function splitObjectionsByGroup(
  objectionIds: readonly string[],
  groups: ReadonlyArray<{ id: number; tallies: Record<string, GroupClaimTally> }>,
): ObjectionSplit[] {
  return objectionIds.map((claimId) => {
    const byGroup = groups.map((group) => {
      const tally = group.tallies[claimId] ?? { agree: 0, disagree: 0, unsure: 0 };
      return { groupId: group.id, tally, stance: stanceOf(tally) };
    });
    const splits =
      byGroup.some((g) => g.stance === "holds") && byGroup.some((g) => g.stance === "dismisses");
    return { claimId, byGroup, splits };
  });
}
