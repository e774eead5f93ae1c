// What one reader may see of a debate's opinion groups. Pure. Anonymity:
// dots carry no ids and come sorted by position (not by participant, whose
// ids are ordered by sign-up time); only the reader learns their own group;
// groups smaller than MIN_GROUP_SIZE_SHOWN are not shown at all.
import { type ObjectionSplit, splitObjectionsByGroup } from "./objection-splits.ts";
import type { ConsensusClaim, OpinionGroupsResult, RepresentativeClaim } from "./types.ts";

/** Groups of fewer people than this are not shown: their members would be too easy to guess. */
export const MIN_GROUP_SIZE_SHOWN = 3;

/** How a representative claim was found, in words a reader can check. */
export const REPRESENTATIVE_TEST = "two-proportion z-test, group against the rest, one-sided 95 %";

export type OpinionGroupsState =
  /** Groups found; at least one is shown. */
  | "ready"
  /** Not enough people have voted on enough claims to find groups worth showing. */
  | "too-few-votes"
  /** Tallies are hidden in this debate until the voting phase is over, and groups with them. */
  | "hidden-until-results";

export type OpinionGroupsView = {
  state: OpinionGroupsState;
  groups: Array<{
    id: number;
    size: number;
    representativeClaims: Array<RepresentativeClaim & { test: string }>;
  }>;
  consensusClaims: ConsensusClaim[];
  /** Everyone placed, as anonymous dots; `groupId` null for a group too small to show. */
  dots: Array<{ x: number; y: number; groupId: number | null; mine: boolean }>;
  /** Each unanswered objection × shown group, and whether it splits them. */
  objections: ObjectionSplit[];
  /** The reader's own group, when they are placed in a shown group. */
  myGroup: number | null;
  computedAt: Date | null;
};

const round = (value: number) => Math.round(value * 1000) / 1000;

export function hiddenOpinionGroups(state: OpinionGroupsState): OpinionGroupsView {
  return {
    state,
    groups: [],
    consensusClaims: [],
    dots: [],
    objections: [],
    myGroup: null,
    computedAt: null,
  };
}

/**
 * `openObjectionIds` come from the debate's argument status (never
 * re-derived here); `viewerId` is the reader, the only person whose group
 * this view names.
 */
export function presentOpinionGroups(
  result: OpinionGroupsResult,
  computedAt: Date,
  viewerId: string,
  openObjectionIds: readonly string[],
): OpinionGroupsView {
  const shown = result.groups.filter((group) => group.size >= MIN_GROUP_SIZE_SHOWN);
  if (shown.length === 0) return hiddenOpinionGroups("too-few-votes");
  const shownIds = new Set(shown.map((group) => group.id));
  const mine = result.points.find((point) => point.participantId === viewerId);
  const dots = result.points
    .map((point) => ({
      x: round(point.x),
      y: round(point.y),
      groupId: shownIds.has(point.groupId) ? point.groupId : null,
      mine: point.participantId === viewerId,
    }))
    .sort((a, b) => a.x - b.x || a.y - b.y || (a.groupId ?? 0) - (b.groupId ?? 0));
  return {
    state: "ready",
    groups: shown.map((group) => ({
      id: group.id,
      size: group.size,
      representativeClaims: group.representativeClaims.map((claim) => ({
        ...claim,
        test: REPRESENTATIVE_TEST,
      })),
    })),
    consensusClaims: result.consensusClaims,
    dots,
    objections: splitObjectionsByGroup(openObjectionIds, shown),
    myGroup: mine && shownIds.has(mine.groupId) ? mine.groupId : null,
    computedAt,
  };
}
