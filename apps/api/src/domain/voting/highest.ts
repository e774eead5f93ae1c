// The options sharing the highest value: one winner, or several when tied.

/** Ids whose value equals the maximum, in the order given; empty for no ids. */
export function findHighest(ids: readonly string[], scoreOf: (id: string) => number): string[] {
  let best = Number.NEGATIVE_INFINITY;
  let winners: string[] = [];
  for (const id of ids) {
    const value = scoreOf(id);
    if (value > best) {
      best = value;
      winners = [id];
    } else if (value === best) {
      winners.push(id);
    }
  }
  return winners;
}

/** "decided" for one winner, "tie" for several. */
export function outcomeOf(winners: readonly string[]): "decided" | "tie" {
  return winners.length === 1 ? "decided" : "tie";
}
