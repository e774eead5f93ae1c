import { describe, expect, it } from "vitest";
import { buildClaimTree, countReplies, pathTo } from "./claim-tree";
import type { Claim } from "./debate";

/** Just what the outline's tree reads of a claim. */
function claim(number: number, target: number | null): Claim {
  return { id: `c${number}`, number, targetId: target === null ? null : `c${target}` } as Claim;
}

// 1 ← 2 ← 3, 1 ← 4; 5 alone; 6 ← 7
const claims = [
  claim(1, null),
  claim(2, 1),
  claim(3, 2),
  claim(4, 1),
  claim(5, null),
  claim(6, null),
  claim(7, 6),
];

describe("the outline's tree", () => {
  it("places every reply beneath its target, oldest first, also for many replies to one claim", () => {
    const many = [claim(1, null), ...Array.from({ length: 5_000 }, (_, i) => claim(i + 2, 1))];
    const [root] = buildClaimTree(many.reverse());
    expect(root?.replies.map((node) => node.claim.number).slice(0, 3)).toEqual([2, 3, 4]);
    expect(root?.replies).toHaveLength(5_000);
  });

  it("counts the claims below each claim, replies of replies included", () => {
    const tree = buildClaimTree(claims);
    const counts = countReplies(tree);
    expect(tree.map((node) => counts.get(node))).toEqual([3, 0, 1]);
    const [first] = tree;
    expect(first?.replies.map((node) => counts.get(node))).toEqual([1, 0]);
  });

  it("names the claims above a claim, outermost first, to open the threads on the way", () => {
    const tree = buildClaimTree(claims);
    expect(pathTo(tree, 3)).toEqual(["c1", "c2"]);
    expect(pathTo(tree, 7)).toEqual(["c6"]);
    expect(pathTo(tree, 5)).toEqual([]);
    expect(pathTo(tree, 99)).toBeNull();
  });
});
