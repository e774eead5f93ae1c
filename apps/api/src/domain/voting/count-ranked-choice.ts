// Ranked choice by instant runoff. Each round, every ballot counts for its
// highest-ranked continuing option; a ballot with none left is exhausted (and
// stays so). An option with more than half of the non-exhausted ballots is
// elected. Otherwise every option tied for fewest votes is eliminated at once,
// unless that would eliminate all of them: then those tied options are the
// winners of a tie. Options nobody ranked first are counted, with 0, from round 1.
import type { IrvRound, RankedChoiceTally } from "./tally.ts";
import type { BallotOf, ProposalOption } from "./types.ts";

export function countRankedChoice(
  options: readonly ProposalOption[],
  ballots: readonly BallotOf<"ranked_choice">[],
): RankedChoiceTally {
  const continuing = new Set(options.map((option) => option.id));
  const rounds: IrvRound[] = [];
  for (let round = 1; ; round++) {
    const { counts, exhausted } = countRound(continuing, ballots);
    const active = ballots.length - exhausted;
    const entry: IrvRound = {
      round,
      counts: Object.fromEntries(counts),
      exhausted,
      eliminated: [],
      elected: null,
    };
    rounds.push(entry);
    if (active === 0) {
      // Only in round 1: a continuing option keeps every ballot it holds.
      return { method: "ranked_choice", rounds, winners: [], outcome: "no_votes" };
    }
    const majority = [...counts].find(([, votes]) => votes * 2 > active);
    if (majority) {
      entry.elected = majority[0];
      return { method: "ranked_choice", rounds, winners: [majority[0]], outcome: "decided" };
    }
    const fewest = Math.min(...counts.values());
    const last = [...counts].filter(([, votes]) => votes === fewest).map(([id]) => id);
    if (last.length === continuing.size) {
      return { method: "ranked_choice", rounds, winners: last, outcome: "tie" };
    }
    entry.eliminated = last;
    for (const id of last) continuing.delete(id);
  }
}

/** Votes per continuing option (in option order) and ballots with none left. */
function countRound(
  continuing: ReadonlySet<string>,
  ballots: readonly BallotOf<"ranked_choice">[],
): { counts: Map<string, number>; exhausted: number } {
  const counts = new Map([...continuing].map((id) => [id, 0]));
  let exhausted = 0;
  for (const ballot of ballots) {
    const choice = ballot.ranking.find((id) => continuing.has(id));
    if (choice === undefined) exhausted += 1;
    else counts.set(choice, (counts.get(choice) ?? 0) + 1);
  }
  return { counts, exhausted };
}
