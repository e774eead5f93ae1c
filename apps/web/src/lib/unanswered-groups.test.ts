import { describe, expect, it } from "vitest";
import type { Claim } from "./debate";
import { groupOpenObjections, shownOpenObjectionGroups } from "./unanswered-groups";

/** Just what the grouping reads of a claim. */
function claim(number: number, rootNumber: number | null): Claim {
  return {
    id: `c${number}`,
    number,
    rootId: rootNumber === null ? null : `c${rootNumber}`,
  } as Claim;
}

/** `positions` positions, each with `each` open objections against it. */
function debate(positions: number, each: number) {
  const claims: Claim[] = [];
  const open: string[] = [];
  for (let p = 1; p <= positions; p++) {
    claims.push(claim(p, null));
    for (let o = 0; o < each; o++) {
      const number = positions + (p - 1) * each + o + 1;
      claims.push(claim(number, p));
      open.push(`c${number}`);
    }
  }
  const groups = groupOpenObjections(open, new Map(claims.map((c) => [c.id, c])));
  return { groups, total: open.length };
}

describe("the Unanswered panel's groups", () => {
  it("lists a big debate's first ten groups, the rest behind the button, all once asked", () => {
    const { groups, total } = debate(40, 5);
    expect(groups).toHaveLength(40);
    const first = shownOpenObjectionGroups(groups, total, false);
    expect(first.shown.map((group) => group.root?.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(first.hidden).toHaveLength(30);
    expect(first.shown.map(first.firstInGroup)).toEqual(Array(10).fill(3));
    const all = shownOpenObjectionGroups(groups, total, true);
    expect(all.shown).toHaveLength(40);
    expect(all.hidden).toEqual([]);
  });

  it("lists every group of a debate with fewer than 100 open objections", () => {
    const { groups, total } = debate(30, 3);
    const panel = shownOpenObjectionGroups(groups, total, false);
    expect(panel.shown).toHaveLength(30);
    expect(panel.shown.map(panel.firstInGroup)).toEqual(Array(30).fill(3));
  });
});
