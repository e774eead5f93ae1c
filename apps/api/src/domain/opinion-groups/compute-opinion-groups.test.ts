import { describe, expect, it } from "vitest";
import { computeOpinionGroups } from "./compute-opinion-groups.ts";
import { splitObjectionsByGroup } from "./objection-splits.ts";
import { makeSyntheticRoom, recoveredShare } from "./synthetic-room.ts";
import type { ClaimVoteInput } from "./types.ts";

const groupMap = (result: ReturnType<typeof computeOpinionGroups>) =>
  new Map(result.points.map((p) => [p.participantId, p.groupId]));

describe("computeOpinionGroups on rooms with planted camps", () => {
  for (const camps of [2, 3, 4]) {
    for (const seed of [1, 2, 3]) {
      it(`recovers ${camps} camps (seed ${seed}) for at least 95 % of participants`, () => {
        const room = makeSyntheticRoom({
          participants: 240,
          claims: 60,
          camps,
          noise: 0.2,
          voteShare: 0.6,
          seed,
        });
        const result = computeOpinionGroups(room.votes);
        expect(result.groups).toHaveLength(camps);
        expect(recoveredShare(room.campOf, groupMap(result))).toBeGreaterThanOrEqual(0.95);
      });
    }
  }

  // Twenty votes each out of four hundred claims: the camps' components stand
  // only about twice as tall as the noise, and need a few iterations to show.
  for (const camps of [2, 3, 4]) {
    it(`recovers ${camps} camps in a sparse room of 800 for at least 95 % of participants`, () => {
      const room = makeSyntheticRoom({
        participants: 800,
        claims: 400,
        camps,
        noise: 0.3,
        voteShare: 0.05,
        seed: 2,
      });
      const result = computeOpinionGroups(room.votes);
      expect(result.groups).toHaveLength(camps);
      expect(recoveredShare(room.campOf, groupMap(result))).toBeGreaterThanOrEqual(0.95);
    });
  }

  it("leaves out participants with too few votes", () => {
    const room = makeSyntheticRoom({
      participants: 40,
      claims: 20,
      camps: 2,
      noise: 0.1,
      voteShare: 0.8,
      seed: 5,
    });
    const votes: ClaimVoteInput[] = [
      ...room.votes,
      { participantId: "lurker", claimId: "c000000", agreement: "agree" },
      { participantId: "lurker", claimId: "c000001", agreement: "agree" },
    ];
    const result = computeOpinionGroups(votes);
    expect(result.points.map((p) => p.participantId)).not.toContain("lurker");
    expect(result.points).toHaveLength(40);
  });

  it("returns no groups for a room too small to split", () => {
    const votes: ClaimVoteInput[] = ["a", "b", "c"].flatMap((participantId) =>
      ["x", "y", "z"].map((claimId) => ({ participantId, claimId, agreement: "agree" as const })),
    );
    expect(computeOpinionGroups(votes)).toEqual({
      points: [],
      groups: [],
      consensusClaims: [],
      silhouette: null,
    });
  });

  it("keeps group numbers when members mostly stay", () => {
    const room = makeSyntheticRoom({
      participants: 120,
      claims: 40,
      camps: 3,
      noise: 0.15,
      voteShare: 0.7,
      seed: 9,
    });
    const first = computeOpinionGroups(room.votes);
    // Swap the numbers around as if an earlier computation had named them differently.
    const renamed = Object.fromEntries(
      first.points.map((p) => [p.participantId, ((p.groupId + 1) % 3) + 1]),
    );
    const again = computeOpinionGroups(room.votes, renamed);
    for (const point of again.points) expect(point.groupId).toBe(renamed[point.participantId]);
  });

  it("finds each camp's representative claims and the claims every camp agrees on", () => {
    const votes: ClaimVoteInput[] = [];
    for (let p = 0; p < 20; p++) {
      const camp = p < 10 ? "left" : "right";
      const participantId = `${camp}-${String(p).padStart(2, "0")}`;
      const vote = (claimId: string, agreement: ClaimVoteInput["agreement"]) =>
        votes.push({ participantId, claimId, agreement });
      vote("shared", "agree");
      for (const claim of ["l1", "l2", "l3"]) vote(claim, camp === "left" ? "agree" : "disagree");
      for (const claim of ["r1", "r2"]) vote(claim, camp === "right" ? "agree" : "disagree");
    }
    const result = computeOpinionGroups(votes);
    expect(result.groups).toHaveLength(2);
    const leftGroup = result.points.find((p) => p.participantId === "left-00")?.groupId;
    const left = result.groups.find((g) => g.id === leftGroup);
    const leftAgrees = left?.representativeClaims
      .filter((c) => c.direction === "agree")
      .map((c) => c.claimId);
    expect(leftAgrees?.sort()).toEqual(["l1", "l2", "l3"]);
    expect(left?.representativeClaims.every((c) => c.z >= 1.6449)).toBe(true);
    expect(result.consensusClaims.map((c) => c.claimId)).toEqual(["shared"]);
    expect(result.consensusClaims[0]?.direction).toBe("agree");
  });
});

describe("splitObjectionsByGroup", () => {
  it("flags an objection one group holds and another dismisses", () => {
    const groups = [
      {
        id: 1,
        tallies: {
          o1: { agree: 5, disagree: 0, unsure: 1 },
          o2: { agree: 3, disagree: 3, unsure: 0 },
        },
      },
      {
        id: 2,
        tallies: {
          o1: { agree: 0, disagree: 4, unsure: 0 },
          o2: { agree: 0, disagree: 5, unsure: 0 },
        },
      },
    ];
    const splits = splitObjectionsByGroup(["o1", "o2", "o3"], groups);
    expect(splits.map((s) => [s.claimId, s.splits])).toEqual([
      ["o1", true],
      ["o2", false],
      ["o3", false],
    ]);
    expect(splits[0]?.byGroup.map((g) => g.stance)).toEqual(["holds", "dismisses"]);
    expect(splits[2]?.byGroup.map((g) => g.stance)).toEqual(["unknown", "unknown"]);
  });
});
