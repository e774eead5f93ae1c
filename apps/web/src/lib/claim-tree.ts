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
    else {
      // Pushed in place: copying the list per reply was quadratic in a claim's replies.
      const replies = repliesOf.get(claim.targetId);
      if (replies) replies.push(claim);
      else repliesOf.set(claim.targetId, [claim]);
    }
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

/** How many claims hang below each node, replies of replies included. */
export function countReplies(tree: readonly ClaimNode[]): Map<ClaimNode, number> {
  const counts = new Map<ClaimNode, number>();
  const count = (node: ClaimNode): number => {
    let total = 0;
    for (const reply of node.replies) total += 1 + count(reply);
    counts.set(node, total);
    return total;
  };
  for (const node of tree) count(node);
  return counts;
}

/** The ids of the claims above the claim numbered `number` (outermost first), or null when absent. */
export function pathTo(tree: readonly ClaimNode[], number: number): string[] | null {
  const path: string[] = [];
  const find = (node: ClaimNode): boolean => {
    if (node.claim.number === number) return true;
    path.push(node.claim.id);
    for (const reply of node.replies) if (find(reply)) return true;
    path.pop();
    return false;
  };
  for (const node of tree) if (find(node)) return path;
  return null;
}
