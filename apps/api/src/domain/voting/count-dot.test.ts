import { describe, expect, it } from "vitest";
import { countDots } from "./count-dot.ts";
import { dotted, rulesFor } from "./test-ballots.ts";

const options = rulesFor("dot", ["A", "B", "C"]).options;

describe("countDots", () => {
  it("elects the option with most dots, counting unplaced options as 0", () => {
    const tally = countDots(options, [dotted({ A: 3, B: 2 }), dotted({ B: 5 }), dotted({ A: 1 })]);
    expect(tally).toEqual({
      method: "dot",
      totals: { A: 4, B: 7, C: 0 },
      winners: ["B"],
      outcome: "decided",
    });
  });

  it("names every option tied for most dots", () => {
    const tally = countDots(options, [dotted({ A: 2, C: 3 }), dotted({ A: 3, C: 2 })]);
    expect(tally.winners).toEqual(["A", "C"]);
    expect(tally.outcome).toBe("tie");
  });

  it("has no votes when no dot was placed, even with ballots", () => {
    for (const ballots of [[], [dotted({}), dotted({ A: 0 })]]) {
      const tally = countDots(options, ballots);
      expect(tally.totals).toEqual({ A: 0, B: 0, C: 0 });
      expect(tally.outcome).toBe("no_votes");
      expect(tally.winners).toEqual([]);
    }
  });
});
