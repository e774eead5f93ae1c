import { describe, expect, it } from "vitest";
import { consent, dotted, ranked, rulesFor, scored, single } from "./test-ballots.ts";
import type { Ballot, ProposalRules } from "./types.ts";
import { validateBallot } from "./validate-ballot.ts";

const abc = ["A", "B", "C"];

describe("validateBallot", () => {
  it.each<[string, ProposalRules, Ballot, string]>([
    [
      "a block without a reason",
      rulesFor("consent"),
      consent("block", { reason: null }),
      "Give a reason for a block.",
    ],
    [
      "a block with a blank reason",
      rulesFor("consent"),
      consent("block", { reason: "  \n " }),
      "Give a reason for a block.",
    ],
    [
      "a disagreement without a reason",
      rulesFor("consent"),
      consent("disagree", { reason: "" }),
      "Give a reason for disagreeing.",
    ],
    [
      "a ballot of another method",
      rulesFor("ranked_choice", abc),
      single("A"),
      "This proposal is decided by ranked choice, not single choice.",
    ],
    [
      "an unknown single choice",
      rulesFor("single_choice", abc),
      single("Z"),
      "Choose one of the proposal's options.",
    ],
    ["an empty ranking", rulesFor("ranked_choice", abc), ranked(), "Rank at least one option."],
    [
      "an option ranked twice",
      rulesFor("ranked_choice", abc),
      ranked("A", "B", "A"),
      "Rank each option at most once.",
    ],
    [
      "an unknown option ranked",
      rulesFor("ranked_choice", abc),
      ranked("A", "Z"),
      "Rank only the proposal's options.",
    ],
    [
      "a score above the maximum",
      rulesFor("score", abc),
      scored({ A: 6, B: 0, C: 0 }),
      "Scores go from 0 to 5.",
    ],
    [
      "a negative score",
      rulesFor("score", abc, { scoreMax: 10 }),
      scored({ A: -1, B: 0, C: 0 }),
      "Scores go from 0 to 10.",
    ],
    [
      "a fractional score",
      rulesFor("score", abc),
      scored({ A: 2.5, B: 0, C: 0 }),
      "Scores are whole numbers.",
    ],
    [
      "an option left unscored",
      rulesFor("score", abc),
      scored({ A: 1, B: 2 }),
      "Score every option.",
    ],
    [
      "an unknown option scored",
      rulesFor("score", abc),
      scored({ A: 1, B: 2, C: 3, Z: 1 }),
      "Score only the proposal's options.",
    ],
    [
      "too many dots",
      rulesFor("dot", abc),
      dotted({ A: 4, B: 3 }),
      "You have 5 dots; this ballot uses 7.",
    ],
    [
      "too many dots, of one",
      rulesFor("dot", abc, { dots: 1 }),
      dotted({ A: 1, B: 1 }),
      "You have 1 dot; this ballot uses 2.",
    ],
    [
      "a negative dot count",
      rulesFor("dot", abc),
      dotted({ A: 3, B: -1 }),
      "Dots are whole numbers, zero or more.",
    ],
    [
      "a fractional dot count",
      rulesFor("dot", abc),
      dotted({ A: 0.5 }),
      "Dots are whole numbers, zero or more.",
    ],
    [
      "dots on an unknown option",
      rulesFor("dot", abc),
      dotted({ Z: 1 }),
      "Place dots only on the proposal's options.",
    ],
  ])("refuses %s", (_, rules, ballot, message) => {
    expect(validateBallot(rules, ballot)).toBe(message);
  });

  it.each<[string, ProposalRules, Ballot]>([
    ["an agreement without a reason", rulesFor("consent"), consent("agree", { reason: null })],
    ["an abstention without a reason", rulesFor("consent"), consent("abstain", { reason: null })],
    [
      "a block with a reason",
      rulesFor("consent"),
      consent("block", { reason: "It breaks the budget." }),
    ],
    ["a known single choice", rulesFor("single_choice", abc), single("B")],
    ["a partial ranking", rulesFor("ranked_choice", abc), ranked("C")],
    ["a full ranking", rulesFor("ranked_choice", abc), ranked("C", "A", "B")],
    ["scores at both ends", rulesFor("score", abc), scored({ A: 0, B: 5, C: 3 })],
    ["exactly all the dots", rulesFor("dot", abc), dotted({ A: 3, C: 2 })],
    ["no dots at all", rulesFor("dot", abc), dotted({})],
  ])("accepts %s", (_, rules, ballot) => {
    expect(validateBallot(rules, ballot)).toBeNull();
  });
});
