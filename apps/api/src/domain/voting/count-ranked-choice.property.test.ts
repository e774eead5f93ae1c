// Invariants of the instant runoff over random elections of partial rankings.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countVotes } from "./count-votes.ts";
import { ranked, rulesFor } from "./test-ballots.ts";

const electionArb = fc.integer({ min: 1, max: 6 }).chain((n) => {
  const ids = Array.from({ length: n }, (_, i) => `o${i}`);
  const ballot = fc.shuffledSubarray(ids, { minLength: 1 }).map((ranking) => ranked(...ranking));
  return fc.record({ ids: fc.constant(ids), ballots: fc.array(ballot, { maxLength: 40 }) });
});

describe("countVotes by ranked choice (property)", () => {
  it("never elects an option eliminated earlier, and every ballot is counted or exhausted", () => {
    fc.assert(
      fc.property(electionArb, ({ ids, ballots }) => {
        const tally = countVotes(rulesFor("ranked_choice", ids), ballots, ballots.length);
        if (tally.method !== "ranked_choice") throw new Error("wrong method");
        const eliminated = new Set<string>();
        let exhaustedBefore = 0;
        for (const round of tally.rounds) {
          const votes = Object.values(round.counts).reduce((sum, n) => sum + n, 0);
          expect(votes + round.exhausted).toBe(ballots.length);
          expect(round.exhausted).toBeGreaterThanOrEqual(exhaustedBefore);
          for (const id of Object.keys(round.counts)) expect(eliminated.has(id)).toBe(false);
          for (const id of round.eliminated) eliminated.add(id);
          exhaustedBefore = round.exhausted;
        }
        const last = tally.rounds.at(-1);
        if (tally.outcome === "decided") {
          const [winner] = tally.winners;
          expect(tally.winners).toHaveLength(1);
          expect(eliminated.has(winner ?? "")).toBe(false);
          expect(last?.elected).toBe(winner);
          // a strict majority of the ballots still in play in the final round
          const votes = last?.counts[winner ?? ""] ?? 0;
          expect(votes * 2).toBeGreaterThan(ballots.length - (last?.exhausted ?? 0));
        } else {
          expect(last?.elected).toBeNull();
        }
        expect(tally.outcome === "no_votes").toBe(ballots.length === 0);
        expect(tally.rounds.length).toBeLessThanOrEqual(ids.length);
      }),
      { numRuns: 500 },
    );
  });
});
