import type { Claim } from "./debate";

export type OpenObjectionGroup = { root: Claim | null; objections: Claim[] };

/**
 * The open objections grouped by the position or proposal at the root of
 * their tree (the server says which: `rootId`), keeping the server's order
 * (newest first) inside each group; groups in the order of their roots.
 */
export function groupOpenObjections(
  openIds: readonly string[],
  claimById: ReadonlyMap<string, Claim>,
): OpenObjectionGroup[] {
  const groups = new Map<string | null, OpenObjectionGroup>();
  for (const id of openIds) {
    const claim = claimById.get(id);
    if (!claim) continue;
    const root = claim.rootId ? (claimById.get(claim.rootId) ?? null) : null;
    const key = root?.id ?? null;
    const group = groups.get(key) ?? { root, objections: [] };
    group.objections.push(claim);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) =>
      (a.root?.number ?? Number.MAX_SAFE_INTEGER) - (b.root?.number ?? Number.MAX_SAFE_INTEGER),
  );
}

/** From this many open objections (a big debate has thousands), the panel starts shortened. */
const SHORTEN_FROM = 100;
/** A shortened panel's groups at first, and each group's objections at first. */
const FIRST_GROUPS = 10;
const FIRST_IN_GROUP = 3;

export type PanelGroups = {
  shown: readonly OpenObjectionGroup[];
  /** Behind the panel's "Show more" button until asked for. */
  hidden: readonly OpenObjectionGroup[];
  /** How many of a shown group's objections it lists before its own "Show more". */
  firstInGroup: (group: OpenObjectionGroup) => number;
};

/**
 * What the panel lists: everything for a debate with few open objections;
 * for a big one its first groups, each with its newest few objections (listed
 * whole, a 10,000-claim debate's panel was ~1,500 entries, ~1,800 DOM nodes).
 */
export function shownOpenObjectionGroups(
  groups: readonly OpenObjectionGroup[],
  total: number,
  showAllGroups: boolean,
): PanelGroups {
  if (total < SHORTEN_FROM) {
    return { shown: groups, hidden: [], firstInGroup: (group) => group.objections.length };
  }
  const firstInGroup = () => FIRST_IN_GROUP;
  if (showAllGroups) return { shown: groups, hidden: [], firstInGroup };
  return { shown: groups.slice(0, FIRST_GROUPS), hidden: groups.slice(FIRST_GROUPS), firstInGroup };
}
