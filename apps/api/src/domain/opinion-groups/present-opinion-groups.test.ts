import { describe, expect, it } from "vitest";
import { computeOpinionGroups } from "./compute-opinion-groups.ts";
import { presentOpinionGroups } from "./present-opinion-groups.ts";
import type { ClaimVoteInput } from "./types.ts";

/** Two camps of `sizes[0]` and `sizes[1]` people, split on o1 and o2, all agreeing on "shared". */
function twoCamps(sizes: [number, number]): ClaimVoteInput[] {
  const votes: ClaimVoteInput[] = [];
  sizes.forEach((size, camp) => {
    for (let p = 0; p < size; p++) {
      const participantId = `camp${camp}-${p}`;
      const vote = (claimId: string, agreement: ClaimVoteInput["agreement"]) =>
        votes.push({ participantId, claimId, agreement });
      vote("shared", "agree");
      for (const claim of ["o1", "o2", "c3"]) vote(claim, camp === 0 ? "agree" : "disagree");
    }
  });
  return votes;
}

const at = new Date("2026-01-01T00:00:00Z");

describe("presentOpinionGroups", () => {
  it("names only the reader's own group and gives dots without ids, in no participant order", () => {
    const result = computeOpinionGroups(twoCamps([4, 4]));
    const view = presentOpinionGroups(result, at, "camp1-2", ["o1"]);
    const own = result.points.find((p) => p.participantId === "camp1-2")?.groupId;
    expect(view.state).toBe("ready");
    expect(view.myGroup).toBe(own);
    expect(view.groups.map((g) => g.size)).toEqual([4, 4]);
    expect(view.dots).toHaveLength(8);
    expect(view.dots.filter((d) => d.mine)).toHaveLength(1);
    for (const dot of view.dots)
      expect(Object.keys(dot).sort()).toEqual(["groupId", "mine", "x", "y"]);
    const xs = view.dots.map((d) => d.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(JSON.stringify(view)).not.toContain("camp");
  });

  it("flags the open objection that splits the groups, with the test behind each representative claim", () => {
    const view = presentOpinionGroups(computeOpinionGroups(twoCamps([4, 4])), at, "x", ["o1"]);
    expect(view.objections).toHaveLength(1);
    expect(view.objections[0]?.splits).toBe(true);
    expect(view.objections[0]?.byGroup.map((g) => g.stance).sort()).toEqual(["dismisses", "holds"]);
    const representative = view.groups.flatMap((g) => g.representativeClaims);
    expect(representative.length).toBeGreaterThan(0);
    for (const claim of representative) expect(claim.test).toMatch(/z-test/);
    expect(view.myGroup).toBeNull();
  });

  it("does not show a group of fewer than three, nor its members' colour", () => {
    const result = computeOpinionGroups(twoCamps([6, 2]));
    const small = result.groups.find((g) => g.size === 2);
    expect(small).toBeDefined();
    const view = presentOpinionGroups(result, at, "camp1-0", ["o1"]);
    expect(view.groups.map((g) => g.size)).toEqual([6]);
    expect(view.dots.filter((d) => d.groupId === null)).toHaveLength(2);
    expect(view.myGroup).toBeNull();
    expect(view.objections[0]?.byGroup).toHaveLength(1);
  });

  it("says so when no group is big enough to show", () => {
    const view = presentOpinionGroups(computeOpinionGroups(twoCamps([2, 2])), at, "x", []);
    expect(view.state).toBe("too-few-votes");
    expect(view.dots).toEqual([]);
  });
});
