import type { Claim } from "./debate";

export type ClaimNode = { claim: Claim; replies: ClaimNode[] };

/**
 * The outline: positions at the top, each claim's replies beneath its primary
 * target, oldest first. A claim whose target cannot be reached from a
 * position (it should not happen) is listed at the top level rather than lost.
 */
export function buildClaimTree(claims: readonly Claim[]): ClaimNode[] {
  const repliesOf = new Map<string, Claim[]>();
  const ids = new Set(claims.map((claim) => claim.id));
  const roots: Claim[] = [];
  for (const claim of [...claims].sort((a, b) => a.number - b.number)) {
    if (claim.targetId === null || !ids.has(claim.targetId)) roots.push(claim);
    else repliesOf.set(claim.targetId, [...(repliesOf.get(claim.targetId) ?? []), claim]);
  }
  const placed = new Set<string>();
  const grow = (claim: Claim): ClaimNode => {
    placed.add(claim.id);
    const replies = (repliesOf.get(claim.id) ?? []).filter((reply) => !placed.has(reply.id));
    return { claim, replies: replies.map(grow) };
  };
  const tree = roots.map(grow);
  // Claims caught in a cycle of targets never hang below a root: show them anyway.
  for (const claim of claims) if (!placed.has(claim.id)) tree.push(grow(claim));
  return tree;
}
