import { describe, expect, it } from "vitest";
import { countRankedChoice } from "./count-ranked-choice.ts";
import { ranked, rulesFor, times } from "./test-ballots.ts";
import type { BallotOf } from "./types.ts";

function count(optionIds: string[], ballots: BallotOf<"ranked_choice">[]) {
  return countRankedChoice(rulesFor("ranked_choice", optionIds).options, ballots);
}

describe("countRankedChoice", () => {
  it("lets the first-round leader lose once the eliminated option's ballots transfer", () => {
    const tally = count(
      ["A", "B", "C"],
      [...times(8, ranked("A", "B")), ...times(7, ranked("C", "B")), ...times(5, ranked("B", "C"))],
    );
    // 20 ballots, a majority needs 11. Round 1: A 8, C 7, B 5 → B out, its 5 go to C.
    expect(tally.rounds).toEqual([
      { round: 1, counts: { A: 8, B: 5, C: 7 }, exhausted: 0, eliminated: ["B"], elected: null },
      { round: 2, counts: { A: 8, C: 12 }, exhausted: 0, eliminated: [], elected: "C" },
    ]);
    expect(tally.winners).toEqual(["C"]);
    expect(tally.outcome).toBe("decided");
  });

  it("counts exhausted partial rankings cumulatively and needs a majority of the rest only", () => {
    const tally = count(
      ["A", "B", "C", "D"],
      [
        ...times(6, ranked("A")),
        ...times(4, ranked("B", "C")),
        ...times(3, ranked("C")),
        ranked("D", "B"),
        ranked("D"),
      ],
    );
    // 15 ballots. D out: one transfers to B, one is exhausted. C out: its 3 are
    // exhausted. A's 6 is not a majority of 15 but is of the 11 left.
    expect(tally.rounds).toEqual([
      {
        round: 1,
        counts: { A: 6, B: 4, C: 3, D: 2 },
        exhausted: 0,
        eliminated: ["D"],
        elected: null,
      },
      { round: 2, counts: { A: 6, B: 5, C: 3 }, exhausted: 1, eliminated: ["C"], elected: null },
      { round: 3, counts: { A: 6, B: 5 }, exhausted: 4, eliminated: [], elected: "A" },
    ]);
    expect(tally.winners).toEqual(["A"]);
    expect(tally.outcome).toBe("decided");
  });

  it("eliminates every option tied for last place at once", () => {
    const tally = count(
      ["A", "B", "C", "D"],
      [...times(4, ranked("A")), ...times(3, ranked("B")), ranked("C", "B"), ranked("D", "A")],
    );
    expect(tally.rounds).toEqual([
      {
        round: 1,
        counts: { A: 4, B: 3, C: 1, D: 1 },
        exhausted: 0,
        eliminated: ["C", "D"],
        elected: null,
      },
      { round: 2, counts: { A: 5, B: 4 }, exhausted: 0, eliminated: [], elected: "A" },
    ]);
    expect(tally.outcome).toBe("decided");
  });

  it("counts options nobody ranks first with 0 and eliminates them first", () => {
    const tally = count(["A", "B", "C"], [ranked("A", "C"), ranked("B", "C"), ranked("A")]);
    expect(tally.rounds[0]).toEqual({
      round: 1,
      counts: { A: 2, B: 1, C: 0 },
      exhausted: 0,
      eliminated: [],
      elected: "A",
    });
    const stalled = count(["A", "B", "C"], [ranked("A", "C"), ranked("B", "C")]);
    expect(stalled.rounds.map((round) => round.eliminated)).toEqual([["C"], []]);
  });

  it("declares a tie when every continuing option is tied for last in the first round", () => {
    const tally = count(["A", "B", "C"], [ranked("A", "B"), ranked("B", "C"), ranked("C", "A")]);
    expect(tally.rounds).toEqual([
      { round: 1, counts: { A: 1, B: 1, C: 1 }, exhausted: 0, eliminated: [], elected: null },
    ]);
    expect(tally.winners).toEqual(["A", "B", "C"]);
    expect(tally.outcome).toBe("tie");
  });

  it("declares a tie between the last two when neither has a majority", () => {
    const tally = count(
      ["A", "B", "C", "D"],
      [...times(2, ranked("A", "C")), ...times(2, ranked("B", "C")), ranked("D")],
    );
    expect(tally.rounds).toEqual([
      {
        round: 1,
        counts: { A: 2, B: 2, C: 0, D: 1 },
        exhausted: 0,
        eliminated: ["C"],
        elected: null,
      },
      { round: 2, counts: { A: 2, B: 2, D: 1 }, exhausted: 0, eliminated: ["D"], elected: null },
      { round: 3, counts: { A: 2, B: 2 }, exhausted: 1, eliminated: [], elected: null },
    ]);
    expect(tally.winners).toEqual(["A", "B"]);
    expect(tally.outcome).toBe("tie");
  });

  it("reports one empty round and no votes without ballots", () => {
    expect(count(["A", "B"], [])).toEqual({
      method: "ranked_choice",
      rounds: [{ round: 1, counts: { A: 0, B: 0 }, exhausted: 0, eliminated: [], elected: null }],
      winners: [],
      outcome: "no_votes",
    });
  });

  it("elects the only option with any ballot", () => {
    const tally = count(["A"], [ranked("A")]);
    expect(tally.winners).toEqual(["A"]);
    expect(tally.rounds).toHaveLength(1);
  });
});
