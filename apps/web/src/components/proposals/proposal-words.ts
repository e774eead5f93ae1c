// Words and types for proposals; the shapes come from the API, never mirrored here.
import type { AppRouter } from "@steelman/api/router";
import type { ConsentChoice } from "@steelman/api/vocabulary";
import type { inferRouterInputs } from "@trpc/server";
import type { RouterOutputs } from "@/lib/trpc";

export type Proposal = RouterOutputs["proposal"]["list"][number];
export type ProposalMethod = Proposal["method"];
export type BallotInput = inferRouterInputs<AppRouter>["proposal"]["vote"]["ballot"];
export type ProposalOption = Proposal["options"][number];
export type { ConsentChoice };

/** The counted result, typed by the API (services/proposals/proposal-json.ts). */
export type ProposalTally = NonNullable<Proposal["tally"]>;
export type IrvRound = Extract<ProposalTally, { method: "ranked_choice" }>["rounds"][number];
/** The reader's ballot as the API keeps it: the ballot of its method. */
export type StoredBallot = NonNullable<Proposal["myBallot"]>["choice"];

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

export function labelOf(options: readonly ProposalOption[], id: string): string {
  return options.find((option) => option.id === id)?.label ?? id;
}
