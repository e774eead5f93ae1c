import { describe, expect, it } from "vitest";
import { countVotes } from "./count-votes.ts";
import { consent, dotted, ranked, rulesFor, scored, single, times } from "./test-ballots.ts";

const abc = ["A", "B", "C"];

describe("countVotes", () => {
  it("reports turnout beside the tally of the proposal's method", () => {
    const tally = countVotes(rulesFor("single_choice", abc, { quorum: 0.5 }), [single("A")], 2);
    expect(tally).toEqual({
      method: "single_choice",
      counts: { A: 1, B: 0, C: 0 },
      winners: ["A"],
      outcome: "decided",
      ballots: 1,
      eligible: 2,
      quorumMet: true,
    });
  });

  it("without quorum, keeps the counts but names no winner", () => {
    const rules = rulesFor("single_choice", abc, { quorum: 0.5 });
    const tally = countVotes(rules, [single("A"), single("A"), single("B")], 7);
    expect(tally).toMatchObject({
      counts: { A: 2, B: 1, C: 0 },
      winners: [],
      outcome: "no_quorum",
      ballots: 3,
      eligible: 7,
      quorumMet: false,
    });
  });

  it("without quorum, still shows the runoff rounds", () => {
    const rules = rulesFor("ranked_choice", abc, { quorum: 0.6 });
    const tally = countVotes(rules, [ranked("A", "B"), ranked("B"), ranked("C", "B")], 10);
    if (tally.method !== "ranked_choice") throw new Error("wrong method");
    expect(tally.outcome).toBe("no_quorum");
    expect(tally.winners).toEqual([]);
    expect(tally.rounds).toHaveLength(1);
    expect(tally.rounds[0]?.counts).toEqual({ A: 1, B: 1, C: 1 });
  });

  it("reports no quorum rather than a block when too few took part", () => {
    const rules = rulesFor("consent", [], { quorum: 0.5 });
    const tally = countVotes(rules, [consent("block", { blockStands: true })], 4);
    expect(tally).toMatchObject({ blocksStanding: 1, outcome: "no_quorum", quorumMet: false });
  });

  it("counts abstentions as turnout", () => {
    const rules = rulesFor("consent", [], { quorum: 0.7 });
    const ballots = [...times(3, consent("agree")), ...times(4, consent("abstain"))];
    expect(countVotes(rules, ballots, 10)).toMatchObject({ outcome: "consented", quorumMet: true });
    expect(countVotes(rules, ballots.slice(1), 10)).toMatchObject({ outcome: "no_quorum" });
  });

  it("consents with no ballots when no quorum is set (no one blocked)", () => {
    expect(countVotes(rulesFor("consent"), [], 5)).toMatchObject({
      outcome: "consented",
      ballots: 0,
      quorumMet: true,
    });
  });

  it.each([
    ["single_choice", []],
    ["ranked_choice", []],
    ["score", []],
    ["dot", [dotted({})]],
  ] as const)("reports no votes for %s with nothing chosen", (method, ballots) => {
    const tally = countVotes(rulesFor(method, abc), [...ballots], 3);
    expect(tally).toMatchObject({ outcome: "no_votes", winners: [], quorumMet: true });
  });

  it("dispatches score and dot ballots to their counts", () => {
    const score = countVotes(rulesFor("score", ["A", "B"]), [scored({ A: 4, B: 1 })], 1);
    expect(score).toMatchObject({ method: "score", winners: ["A"], outcome: "decided" });
    const dot = countVotes(rulesFor("dot", ["A", "B"]), [dotted({ B: 2 })], 1);
    expect(dot).toMatchObject({ method: "dot", totals: { A: 0, B: 2 }, winners: ["B"] });
  });

  it("refuses to count an invalid ballot rather than leave it out", () => {
    expect(() => countVotes(rulesFor("single_choice", abc), [single("A"), single("Z")], 2)).toThrow(
      "Ballot 2 cannot be counted: Choose one of the proposal's options.",
    );
    expect(() => countVotes(rulesFor("score", abc), [single("A")], 1)).toThrow("not single choice");
  });
});
