// The grouping may not depend on the order votes, participants or claims arrive in.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeOpinionGroups } from "./compute-opinion-groups.ts";
import { makeSyntheticRoom } from "./synthetic-room.ts";
import type { ClaimVoteInput } from "./types.ts";

const roomArb = fc.record({
  camps: fc.integer({ min: 2, max: 4 }),
  participants: fc.integer({ min: 8, max: 60 }),
  claims: fc.integer({ min: 3, max: 25 }),
  noise: fc.double({ min: 0, max: 0.5, noNaN: true }),
  voteShare: fc.double({ min: 0.3, max: 1, noNaN: true }),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
});

describe("computeOpinionGroups (property)", () => {
  it("gives the same result whatever order the votes come in", () => {
    fc.assert(
      fc.property(roomArb, fc.integer(), (options, shuffleSeed) => {
        const { votes } = makeSyntheticRoom(options);
        const shuffled = fc.sample(
          fc.shuffledSubarray(votes, { minLength: votes.length, maxLength: votes.length }),
          {
            seed: shuffleSeed,
            numRuns: 1,
          },
        )[0] as ClaimVoteInput[];
        expect(computeOpinionGroups(shuffled)).toEqual(computeOpinionGroups(votes));
      }),
      { numRuns: 40 },
    );
  });

  it("places every participant in exactly one listed group, and the sizes add up", () => {
    fc.assert(
      fc.property(roomArb, (options) => {
        const result = computeOpinionGroups(makeSyntheticRoom(options).votes);
        const ids = new Set(result.groups.map((g) => g.id));
        for (const point of result.points) expect(ids.has(point.groupId)).toBe(true);
        expect(result.groups.reduce((sum, g) => sum + g.size, 0)).toBe(result.points.length);
      }),
      { numRuns: 30 },
    );
  });
});
