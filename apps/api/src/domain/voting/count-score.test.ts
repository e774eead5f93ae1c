import { describe, expect, it } from "vitest";
import { countScores, summarizeScores } from "./count-score.ts";
import { rulesFor, scored } from "./test-ballots.ts";

const options = rulesFor("score", ["A", "B", "C"]).options;

describe("summarizeScores", () => {
  it("gives the mean and the population standard deviation", () => {
    expect(summarizeScores([2, 4, 4, 4, 5, 5, 7, 9])).toEqual({ mean: 5, spread: 2, count: 8 });
    expect(summarizeScores([3, 3, 3])).toEqual({ mean: 3, spread: 0, count: 3 });
    expect(summarizeScores([])).toEqual({ mean: 0, spread: 0, count: 0 });
  });
});

describe("countScores", () => {
  it("ties equal means however differently voters agree about them", () => {
    const tally = countScores(options, [
      scored({ A: 5, B: 3, C: 0 }),
      scored({ A: 1, B: 3, C: 0 }),
      scored({ A: 3, B: 3, C: 5 }),
    ]);
    expect(tally.options.A).toEqual({
      mean: 3,
      spread: expect.closeTo(Math.sqrt(8 / 3)),
      count: 3,
    });
    expect(tally.options.B).toEqual({ mean: 3, spread: 0, count: 3 });
    expect(tally.options.C?.mean).toBeCloseTo(5 / 3);
    expect(tally.options.C?.spread).toBeCloseTo(Math.sqrt(50 / 9));
    expect(tally.winners).toEqual(["A", "B"]);
    expect(tally.outcome).toBe("tie");
  });

  it("elects the highest mean", () => {
    const tally = countScores(options, [
      scored({ A: 1, B: 4, C: 2 }),
      scored({ A: 2, B: 3, C: 3 }),
    ]);
    expect(tally.options.B).toEqual({ mean: 3.5, spread: 0.5, count: 2 });
    expect(tally.options.C).toEqual({ mean: 2.5, spread: 0.5, count: 2 });
    expect(tally.winners).toEqual(["B"]);
    expect(tally.outcome).toBe("decided");
  });

  it("has no votes without ballots", () => {
    const tally = countScores(options, []);
    expect(tally.options.A).toEqual({ mean: 0, spread: 0, count: 0 });
    expect(tally.winners).toEqual([]);
    expect(tally.outcome).toBe("no_votes");
  });
});
