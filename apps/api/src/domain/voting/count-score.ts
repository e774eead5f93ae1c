// Score voting: each option's mean score and its spread (population standard
// deviation: how much voters disagree about it). The highest mean wins.
import { findHighest, outcomeOf } from "./highest.ts";
import type { ScoreTally } from "./tally.ts";
import type { BallotOf, ProposalOption } from "./types.ts";

export type ScoreSummary = { mean: number; spread: number; count: number };

/** Mean and population standard deviation; all 0 for no scores. */
export function summarizeScores(scores: readonly number[]): ScoreSummary {
  const count = scores.length;
  if (count === 0) return { mean: 0, spread: 0, count: 0 };
  const mean = scores.reduce((sum, score) => sum + score, 0) / count;
  const variance = scores.reduce((sum, score) => sum + (score - mean) ** 2, 0) / count;
  return { mean, spread: Math.sqrt(variance), count };
}

export function countScores(
  options: readonly ProposalOption[],
  ballots: readonly BallotOf<"score">[],
): ScoreTally {
  const scoresOf = new Map(options.map((option): [string, number[]] => [option.id, []]));
  for (const ballot of ballots) {
    for (const [id, score] of Object.entries(ballot.scores)) scoresOf.get(id)?.push(score);
  }
  const summaries = new Map(
    [...scoresOf].map(([id, scores]): [string, ScoreSummary] => [id, summarizeScores(scores)]),
  );
  // Every valid ballot scores every option, so comparing whole-number sums
  // ranks like the means, without floating-point near-ties.
  const sumOf = (id: string) => (scoresOf.get(id) ?? []).reduce((sum, score) => sum + score, 0);
  const winners = ballots.length === 0 ? [] : findHighest([...scoresOf.keys()], sumOf);
  return {
    method: "score",
    options: Object.fromEntries(summaries),
    winners,
    outcome: winners.length === 0 ? "no_votes" : outcomeOf(winners),
  };
}
