import type { AppRouter } from "@steelman/api/router";
import type { ConsentChoice } from "@steelman/api/vocabulary";
import type { inferRouterInputs } from "@trpc/server";
import type { RouterOutputs } from "@/lib/trpc";

export type Proposal = RouterOutputs["proposal"]["list"][number];
export type ProposalMethod = Proposal["method"];
export type BallotInput = inferRouterInputs<AppRouter>["proposal"]["vote"]["ballot"];
export type ProposalOption = { id: string; label: string };
export type { ConsentChoice };

type ChoiceOutcome = "decided" | "tie" | "no_votes" | "no_quorum";
type Turnout = { ballots: number; eligible: number; quorumMet: boolean };
export type IrvRound = {
  round: number;
  counts: Record<string, number>;
  exhausted: number;
  eliminated: string[];
  elected: string | null;
};

/**
 * Members' and guests' ballots counted apart (apps/api/src/domain/voting/tally-apart.ts);
 * absent on results kept before guests' votes were told apart.
 */
type Apart = {
  decidedBy?: "members" | "members_and_guests";
  members?: ProposalTally;
  guests?: ProposalTally | null;
};

/** The counted result as the API keeps it (a mirror of apps/api/src/domain/voting/tally.ts). */
export type ProposalTally = Turnout &
  Apart &
  (
    | {
        method: "consent";
        counts: Record<ConsentChoice, number>;
        blocksStanding: number;
        blocksAnswered: number;
        outcome: "consented" | "blocked" | "no_quorum";
      }
    | {
        method: "single_choice";
        counts: Record<string, number>;
        winners: string[];
        outcome: ChoiceOutcome;
      }
    | { method: "ranked_choice"; rounds: IrvRound[]; winners: string[]; outcome: ChoiceOutcome }
    | {
        method: "score";
        options: Record<string, { mean: number; spread: number; count: number }>;
        winners: string[];
        outcome: ChoiceOutcome;
      }
    | { method: "dot"; totals: Record<string, number>; winners: string[]; outcome: ChoiceOutcome }
  );

export const METHOD_LABELS: Record<ProposalMethod, string> = {
  consent: "Consent",
  single_choice: "Single choice",
  ranked_choice: "Ranked choice",
  score: "Score",
  dot: "Dot voting",
};

export const METHOD_HINTS: Record<ProposalMethod, string> = {
  consent: "Agree, abstain, disagree or block; a block becomes an objection anyone can answer.",
  single_choice: "Each person picks one option; the most votes wins.",
  ranked_choice: "Each person ranks the options; counted by instant runoff.",
  score: "Each person scores every option; the highest mean wins.",
  dot: "Each person spreads a number of dots over the options.",
};

export const CONSENT_LABELS: Record<ConsentChoice, string> = {
  agree: "Agree",
  abstain: "Abstain",
  disagree: "Disagree",
  block: "Block",
};

/** The JSON the API stores for options and tallies, read as the shapes it always has. */
export function optionsOf(proposal: { options: unknown }): ProposalOption[] {
  return Array.isArray(proposal.options) ? (proposal.options as ProposalOption[]) : [];
}

export function tallyOf(value: unknown): ProposalTally | null {
  return value && typeof value === "object" && "method" in value ? (value as ProposalTally) : null;
}

/** The ballot a person cast, as stored (the same shape as the one sent). */
export function ballotOf(proposal: Proposal): BallotInput | null {
  const choice = proposal.myBallot?.choice;
  return choice && typeof choice === "object" && "method" in choice
    ? (choice as unknown as BallotInput)
    : null;
}

export function labelOf(options: readonly ProposalOption[], id: string): string {
  return options.find((option) => option.id === id)?.label ?? id;
}
