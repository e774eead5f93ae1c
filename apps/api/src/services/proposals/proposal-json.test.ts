import { describe, expect, it } from "vitest";
import { readBallot, readOptions, readTally } from "./proposal-json.ts";

describe("reading proposals' JSON columns", () => {
  it("reads options, and anything else as none", () => {
    expect(readOptions([{ id: "a", label: "Pilot" }])).toEqual([{ id: "a", label: "Pilot" }]);
    expect(readOptions([{ id: 1 }])).toEqual([]);
    expect(readOptions(null)).toEqual([]);
  });

  it("reads a kept tally and a ballot by their method, and nothing else", () => {
    const tally = { method: "dot", totals: { a: 3 }, winners: ["a"], outcome: "decided" };
    expect(readTally({ ...tally, ballots: 1, eligible: 2, quorumMet: true })?.method).toBe("dot");
    expect(readTally({ method: "lottery" })).toBeNull();
    expect(readTally("consented")).toBeNull();
    expect(readBallot({ method: "single_choice", optionId: "a" })).toEqual({
      method: "single_choice",
      optionId: "a",
    });
    expect(readBallot({})).toBeNull();
  });
});
