import { buildClaimTree, type ClaimNode } from "@/lib/claim-tree";
import type { Claim } from "@/lib/debate";

/** Up to this many claims, the map draws the whole debate; laying out more takes seconds. */
export const MAP_WHOLE_UP_TO = 400;

export type MapPage = {
  /** The top-level claim (a position or proposal) the page's claims hang below. */
  root: Claim;
  /** The thread's claims in number order, at most MAP_WHOLE_UP_TO. */
  claims: Claim[];
  /** How many claims the whole thread holds. */
  total: number;
};

/**
 * A big debate's map, one thread per page: each position (or proposal) with
 * the claims below it, its oldest MAP_WHOLE_UP_TO when the thread is bigger
 * (a reply is always newer than its target, so they still hang together).
 */
export function mapPages(claims: readonly Claim[]): MapPage[] {
  return buildClaimTree(claims).map((node) => {
    const thread: Claim[] = [];
    const collect = (branch: ClaimNode) => {
      thread.push(branch.claim);
      for (const reply of branch.replies) collect(reply);
    };
    collect(node);
    thread.sort((a, b) => a.number - b.number);
    return { root: node.claim, claims: thread.slice(0, MAP_WHOLE_UP_TO), total: thread.length };
  });
}
