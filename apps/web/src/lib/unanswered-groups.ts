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
export const SHORTEN_FROM = 100;
/** A shortened panel's groups at first, and each group's objections at first. */
export const FIRST_GROUPS = 10;
export const FIRST_IN_GROUP = 3;

/**
 * Which groups the panel lists (all, once asked for) and which wait behind
 * its "Show more" button: listed whole, a 10,000-claim debate's panel was
 * ~1,500 entries (~1,800 DOM nodes).
 */
export function shownOpenObjectionGroups(
  groups: readonly OpenObjectionGroup[],
  total: number,
  showAll: boolean,
): { shown: readonly OpenObjectionGroup[]; hidden: readonly OpenObjectionGroup[] } {
  if (showAll || total < SHORTEN_FROM) return { shown: groups, hidden: [] };
  return { shown: groups.slice(0, FIRST_GROUPS), hidden: groups.slice(FIRST_GROUPS) };
}
