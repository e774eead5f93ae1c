// Keeps the shared part of recent whole-debate reads (shared-debate-read.ts),
// so that when a room opens the same debate at once, or a page is reloaded,
// the part every reader of a kind sees alike is read and built once, not once
// per reader. An entry answers only a read of the same debate, for the same
// kind of reader, at the same latest event: every change to a debate records
// an event in the same transaction, so a newer change is a miss, never a stale
// answer. What changes without a debate event (a person renaming themself)
// shows within the entry's lifetime. Each API instance keeps its own.
import type { Db } from "../../db.ts";

/** Long enough for a room opening a link together; short enough to bound what changes without an event. */
export const DEFAULT_READ_CACHE_SECONDS = 20;
/** Claims held across all entries (a 10,000-claim read holds a few MB). */
const CLAIM_BUDGET = 100_000;

type Entry = { version: string; value: Promise<unknown>; claims: number; storedAt: number };

export class SharedReadCache {
  // Map order is use order: the first entry is the least recently used.
  private readonly entries = new Map<string, Entry>();
  private claims = 0;

  constructor(
    private readonly lifetimeMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The value for `slot` (one debate, one kind of reader) at `version` (its
   * latest event and header): kept, being built by another request, or built
   * now by `build`. `claimsOf` sizes a built value; a failed build is not kept.
   */
  get<T>(
    slot: string,
    version: string,
    build: () => Promise<T>,
    claimsOf: (value: T) => number,
  ): Promise<T> {
    if (this.lifetimeMs <= 0) return build();
    this.dropExpired();
    const entry = this.entries.get(slot);
    if (entry) {
      this.remove(slot, entry);
      if (entry.version === version && this.now() - entry.storedAt < this.lifetimeMs) {
        this.store(slot, entry);
        return entry.value as Promise<T>;
      }
    }
    const value = build();
    const stored: Entry = { version, value, claims: 0, storedAt: this.now() };
    this.store(slot, stored);
    value.then(
      (built) => {
        if (this.entries.get(slot) !== stored) return;
        this.remove(slot, stored);
        stored.claims = claimsOf(built);
        this.store(slot, stored);
      },
      () => {
        if (this.entries.get(slot) === stored) this.remove(slot, stored);
      },
    );
    return value;
  }

  /** How many entries are kept (for tests). */
  get size(): number {
    return this.entries.size;
  }

  /** Entries past their lifetime hold memory and can never answer: let them go. */
  private dropExpired() {
    const now = this.now();
    for (const [slot, entry] of this.entries) {
      if (now - entry.storedAt >= this.lifetimeMs) this.remove(slot, entry);
    }
  }

  private remove(slot: string, entry: Entry) {
    this.entries.delete(slot);
    this.claims -= entry.claims;
  }

  private store(slot: string, entry: Entry) {
    this.entries.set(slot, entry);
    this.claims += entry.claims;
    for (const [oldest, old] of this.entries) {
      if (this.claims <= CLAIM_BUDGET || oldest === slot) break;
      this.remove(oldest, old);
    }
  }
}

const caches = new WeakMap<Db, SharedReadCache>();

/** The cache of reads through this database client. */
export function debateReadCache(db: Db): SharedReadCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new SharedReadCache(DEFAULT_READ_CACHE_SECONDS * 1000);
    caches.set(db, cache);
  }
  return cache;
}

/** Sets how long reads through this client are kept (0: every read builds its own). */
export function configureDebateReadCache(db: Db, seconds: number): void {
  caches.set(db, new SharedReadCache(seconds * 1000));
}
