// Which claims sit in a locked thread (the claim or one above it is locked),
// as the service's isInLockedThread decides for one claim. Pure.

type ThreadRow = { id: string; targetId: string | null; lockedAt: unknown };

/** A question per claim id, answered from the rows given, each chain walked once. */
export function lockedThreadChecker(rows: readonly ThreadRow[]): (claimId: string) => boolean {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const known = new Map<string, boolean>();
  function isLocked(claimId: string): boolean {
    const chain: string[] = [];
    let locked = false;
    for (
      let row = byId.get(claimId);
      row;
      row = row.targetId ? byId.get(row.targetId) : undefined
    ) {
      const cached = known.get(row.id);
      if (cached !== undefined) {
        locked = cached;
        break;
      }
      if (chain.includes(row.id)) break;
      chain.push(row.id);
      if (row.lockedAt !== null && row.lockedAt !== undefined) {
        locked = true;
        break;
      }
    }
    // Every claim walked shares the answer of the first locked (or cached) one above it.
    for (const id of chain) known.set(id, locked);
    return locked;
  }
  return isLocked;
}
