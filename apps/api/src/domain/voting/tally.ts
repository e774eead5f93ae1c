// The result of counting, per method. Re-exported by count-votes.ts.
import type { ConsentChoice } from "./types.ts";

/** The outcome of the methods that choose among options. */
export type ChoiceOutcome = "decided" | "tie" | "no_votes" | "no_quorum";

export type ConsentTally = {
  method: "consent";
  counts: Record<ConsentChoice, number>;
  /** Blocks whose objection still stands: each one prevents consent. */
  blocksStanding: number;
  /** Blocks whose objection has been answered: an argument that was answered, not a veto. */
  blocksAnswered: number;
  outcome: "consented" | "blocked" | "no_quorum";
};

export type SingleChoiceTally = {
  method: "single_choice";
  counts: Record<string, number>;
  /** Several when tied; empty for no votes or no quorum. */
  winners: string[];
  outcome: ChoiceOutcome;
};

/** One round of an instant runoff. */
export type IrvRound = {
  /** 1-based. */
  round: number;
  /** Votes of the options still continuing at the start of this round. */
  counts: Record<string, number>;
  /** Ballots with no continuing preference left, cumulative. */
  exhausted: number;
  /** Options eliminated at the end of this round. */
  eliminated: string[];
  /** The option elected in this round (the last round), else null. */
  elected: string | null;
};

export type RankedChoiceTally = {
  method: "ranked_choice";
  rounds: IrvRound[];
  winners: string[];
  outcome: ChoiceOutcome;
};

export type ScoreTally = {
  method: "score";
  options: Record<string, { mean: number; spread: number; count: number }>;
  winners: string[];
  outcome: ChoiceOutcome;
};

export type DotTally = {
  method: "dot";
  totals: Record<string, number>;
  winners: string[];
  outcome: ChoiceOutcome;
};

export type Tally = ConsentTally | SingleChoiceTally | RankedChoiceTally | ScoreTally | DotTally;

export type TallyWithTurnout = Tally & { ballots: number; eligible: number; quorumMet: boolean };
