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
