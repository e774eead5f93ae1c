// Builders for the voting tests: short, readable ballots and rules.
import type { Ballot, BallotOf, ConsentChoice, ProposalMethod, ProposalRules } from "./types.ts";

export function rulesFor(
  method: ProposalMethod,
  optionIds: string[] = [],
  overrides: Partial<ProposalRules> = {},
): ProposalRules {
  return {
    method,
    options: optionIds.map((id) => ({ id, label: `Option ${id}` })),
    scoreMax: 5,
    dots: 5,
    quorum: null,
    ...overrides,
  };
}

/** `n` copies of a ballot. */
export function times<B extends Ballot>(n: number, ballot: B): B[] {
  return Array.from({ length: n }, () => ballot);
}

export function consent(
  choice: ConsentChoice,
  {
    reason = "Because.",
    blockStands = false,
  }: { reason?: string | null; blockStands?: boolean } = {},
): BallotOf<"consent"> {
  return { method: "consent", choice, reason, blockStands };
}

export function single(optionId: string): BallotOf<"single_choice"> {
  return { method: "single_choice", optionId };
}

export function ranked(...ranking: string[]): BallotOf<"ranked_choice"> {
  return { method: "ranked_choice", ranking };
}

export function scored(scores: Record<string, number>): BallotOf<"score"> {
  return { method: "score", scores };
}

export function dotted(dots: Record<string, number>): BallotOf<"dot"> {
  return { method: "dot", dots };
}
