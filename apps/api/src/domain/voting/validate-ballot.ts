// Checks one ballot against the proposal's rules before it is recorded.
// Returns null when the ballot is valid, else a message for the voter.
import type { Ballot, BallotOf, ProposalRules } from "./types.ts";
import { CONSENT_CHOICES, METHOD_NAMES } from "./types.ts";

export function validateBallot(rules: ProposalRules, ballot: Ballot): string | null {
  if (ballot.method !== rules.method) {
    return `This proposal is decided by ${METHOD_NAMES[rules.method]}, not ${METHOD_NAMES[ballot.method]}.`;
  }
  const optionIds = new Set(rules.options.map((option) => option.id));
  switch (ballot.method) {
    case "consent":
      return validateConsent(ballot);
    case "single_choice":
      return optionIds.has(ballot.optionId) ? null : "Choose one of the proposal's options.";
    case "ranked_choice":
      return validateRanking(optionIds, ballot);
    case "score":
      return validateScores(rules, optionIds, ballot);
    case "dot":
      return validateDots(rules, optionIds, ballot);
  }
}

function validateConsent(ballot: BallotOf<"consent">): string | null {
  if (!CONSENT_CHOICES.includes(ballot.choice)) return "Choose agree, abstain, disagree or block.";
  const hasReason = (ballot.reason ?? "").trim() !== "";
  if (ballot.choice === "block" && !hasReason) return "Give a reason for a block.";
  if (ballot.choice === "disagree" && !hasReason) return "Give a reason for disagreeing.";
  return null;
}

function validateRanking(optionIds: Set<string>, ballot: BallotOf<"ranked_choice">): string | null {
  if (ballot.ranking.length === 0) return "Rank at least one option.";
  if (ballot.ranking.some((id) => !optionIds.has(id))) return "Rank only the proposal's options.";
  if (new Set(ballot.ranking).size !== ballot.ranking.length) {
    return "Rank each option at most once.";
  }
  return null;
}

function validateScores(
  rules: ProposalRules,
  optionIds: Set<string>,
  ballot: BallotOf<"score">,
): string | null {
  const entries = Object.entries(ballot.scores);
  if (entries.some(([id]) => !optionIds.has(id))) return "Score only the proposal's options.";
  if (rules.options.some((option) => !Object.hasOwn(ballot.scores, option.id))) {
    return "Score every option.";
  }
  for (const [, score] of entries) {
    if (!Number.isInteger(score)) return "Scores are whole numbers.";
    if (score < 0 || score > rules.scoreMax) return `Scores go from 0 to ${rules.scoreMax}.`;
  }
  return null;
}

function validateDots(
  rules: ProposalRules,
  optionIds: Set<string>,
  ballot: BallotOf<"dot">,
): string | null {
  const entries = Object.entries(ballot.dots);
  if (entries.some(([id]) => !optionIds.has(id)))
    return "Place dots only on the proposal's options.";
  let used = 0;
  for (const [, dots] of entries) {
    if (!Number.isInteger(dots) || dots < 0) return "Dots are whole numbers, zero or more.";
    used += dots;
  }
  if (used > rules.dots) {
    return `You have ${countOf(rules.dots, "dot")}; this ballot uses ${used}.`;
  }
  return null;
}

function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
