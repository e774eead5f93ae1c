import { describe, expect, it } from "vitest";
import { countVotes } from "../voting/count-votes.ts";
import type { Ballot, ProposalMethod, ProposalRules } from "../voting/types.ts";
import { formatTallyMarkdown } from "./tally-markdown.ts";

const options = [
  { id: "a", label: "Leeds | North" },
  { id: "b", label: "London" },
  { id: "c", label: "Bristol" },
];
const rules = (method: ProposalMethod): ProposalRules => ({
  method,
  options: method === "consent" ? [] : options,
  scoreMax: 5,
  dots: 3,
  quorum: null,
});
const markdown = (method: ProposalMethod, ballots: Ballot[]) =>
  formatTallyMarkdown(countVotes(rules(method), ballots, 6), options).join("\n");

describe("a decision's tally as Markdown", () => {
  it("consent: a table of responses, the blocks and the turnout", () => {
    const text = markdown("consent", [
      { method: "consent", choice: "agree", reason: null, blockStands: false },
      { method: "consent", choice: "agree", reason: null, blockStands: false },
      { method: "consent", choice: "abstain", reason: null, blockStands: false },
    ]);
    expect(text).toContain("| Response | Votes |\n| --- | --- |\n| agree | 2 |\n| abstain | 1 |");
    expect(text).toContain("Blocks still standing: 0; blocks answered: 0.");
    expect(text).toContain("Outcome: Consented.");
    expect(text).toContain("Ballots: 3 of 6 eligible (quorum met).");
  });

  it("single choice: options by label, the winner marked, pipes escaped", () => {
    const text = markdown("single_choice", [
      { method: "single_choice", optionId: "a" },
      { method: "single_choice", optionId: "a" },
      { method: "single_choice", optionId: "b" },
    ]);
    expect(text).toContain("| **Leeds \\| North** (winner) | 2 |\n| London | 1 |\n| Bristol | 0 |");
    expect(text).not.toContain("{");
  });

  it("ranked choice: one column per round, exhausted ballots and eliminations", () => {
    const text = markdown("ranked_choice", [
      { method: "ranked_choice", ranking: ["a", "b"] },
      { method: "ranked_choice", ranking: ["a", "b"] },
      { method: "ranked_choice", ranking: ["b", "c"] },
      { method: "ranked_choice", ranking: ["b"] },
      { method: "ranked_choice", ranking: ["c", "a"] },
    ]);
    expect(text).toContain("| Option | Round 1 | Round 2 |");
    expect(text).toContain("| Exhausted |");
    expect(text).toContain("- Round 1: eliminated Bristol");
    expect(text).toContain("| **Leeds \\| North** (winner) | 2 | 3 |");
  });

  it("score and dot: means and dot totals per option", () => {
    const score = markdown("score", [
      { method: "score", scores: { a: 5, b: 2, c: 0 } },
      { method: "score", scores: { a: 4, b: 3, c: 1 } },
    ]);
    expect(score).toContain("| Option | Mean score | Spread | Scores |");
    expect(score).toContain("| **Leeds \\| North** (winner) | 4.5 |");
    const dot = markdown("dot", [{ method: "dot", dots: { a: 1, b: 2 } }]);
    expect(dot).toContain("| Option | Dots |");
    expect(dot).toContain("| **London** (winner) | 2 |");
  });

  it("an unknown shape is a sentence, not raw JSON", () => {
    expect(formatTallyMarkdown({ method: "lottery" }, [])).toEqual([
      "The tally was stored in a shape this version cannot show.",
    ]);
  });
});
