// This instance's open notification bells, by person: told when a signal on
// the inbox channel (services/notifications/inbox-signal.ts) names them.
/** This instance's open bells, by person. */
export class InboxWatchers {
  private readonly byUser = new Map<string, Set<() => void>>();

  watch(userId: string, onChange: () => void): () => void {
    const set = this.byUser.get(userId) ?? new Set();
    set.add(onChange);
    this.byUser.set(userId, set);
    return () => {
      set.delete(onChange);
      if (set.size === 0) this.byUser.delete(userId);
    };
  }

  signal(userId: string): void {
    for (const onChange of this.byUser.get(userId) ?? []) onChange();
  }

  /** After signals may have been missed (the LISTEN connection was down): everyone re-counts. */
  signalAll(): void {
    for (const set of this.byUser.values()) for (const onChange of set) onChange();
  }
}
