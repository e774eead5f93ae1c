// The words of a vote on a proposal, shared by validation and counting.
// Plain data: what the database stores and what the API sends.

export type ProposalMethod = "consent" | "single_choice" | "ranked_choice" | "score" | "dot";

export type { ConsentChoice } from "../vocabulary.ts";

import type { ConsentChoice } from "../vocabulary.ts";

export { CONSENT_CHOICES } from "../vocabulary.ts";

export type ProposalOption = { id: string; label: string };

export type ProposalRules = {
  method: ProposalMethod;
  options: ProposalOption[];
  /** score: the highest score a voter may give an option (scores go 0..scoreMax). */
  scoreMax: number;
  /** dot: how many dots each voter may place in all. */
  dots: number;
  /** Share (0..1) of eligible voters who must cast a ballot; null for none. */
  quorum: number | null;
};

/** One ballot per voter; the shape depends on the method. */
export type Ballot =
  | {
      method: "consent";
      choice: ConsentChoice;
      reason: string | null;
      /** For a block: does the objection it created still stand (label `in`) at counting time. */
      blockStands: boolean;
    }
  | { method: "single_choice"; optionId: string }
  | {
      method: "ranked_choice";
      /** Option ids, most preferred first, no repeats, may be partial. */
      ranking: string[];
    }
  | {
      method: "score";
      /** optionId -> 0..scoreMax, every option. */
      scores: Record<string, number>;
    }
  | {
      method: "dot";
      /** optionId -> non-negative whole numbers, summing to at most rules.dots. */
      dots: Record<string, number>;
    };

/** The ballot shape of one method. */
export type BallotOf<M extends ProposalMethod> = Extract<Ballot, { method: M }>;

/** How the method is named in a sentence. */
export const METHOD_NAMES: Record<ProposalMethod, string> = {
  consent: "consent",
  single_choice: "single choice",
  ranked_choice: "ranked choice",
  score: "score voting",
  dot: "dot voting",
};
