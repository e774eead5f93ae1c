import { describe, expect, it } from "vitest";
import { countSingleChoice } from "./count-single-choice.ts";
import { rulesFor, single, times } from "./test-ballots.ts";

const options = rulesFor("single_choice", ["A", "B", "C"]).options;

describe("countSingleChoice", () => {
  it("elects the plurality, with every option in the counts", () => {
    const tally = countSingleChoice(options, [...times(3, single("B")), ...times(2, single("A"))]);
    expect(tally).toEqual({
      method: "single_choice",
      counts: { A: 2, B: 3, C: 0 },
      winners: ["B"],
      outcome: "decided",
    });
  });

  it("names every option tied for most votes", () => {
    const tally = countSingleChoice(options, [single("C"), single("A"), single("C"), single("A")]);
    expect(tally.winners).toEqual(["A", "C"]);
    expect(tally.outcome).toBe("tie");
  });

  it("has no votes and no winners without ballots", () => {
    const tally = countSingleChoice(options, []);
    expect(tally.counts).toEqual({ A: 0, B: 0, C: 0 });
    expect(tally.winners).toEqual([]);
    expect(tally.outcome).toBe("no_votes");
  });
});
