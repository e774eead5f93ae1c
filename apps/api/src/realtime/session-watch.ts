// Ends live streams whose session has ended (signed out, revoked, expired,
// password changed) on any instance: every few seconds one indexed query
// checks the sessions of all of this instance's open streams at once.
import type { PrismaClient } from "../db.ts";
import { PeriodicWatch } from "./periodic-watch.ts";

/** Streams of a signed-out session stop within this time (plus one query). */
export const SESSION_RECHECK_MS = 2_000;

type Watcher = { publicId: string; onEnded: () => void };

export class SessionWatch extends PeriodicWatch<Watcher> {
  constructor(
    private readonly prisma: PrismaClient,
    onError: (error: unknown) => void,
  ) {
    super(SESSION_RECHECK_MS, onError);
  }

  /** Calls `onEnded` once the session is gone; returns the way to stop watching. */
  watch(publicId: string, onEnded: () => void): () => void {
    return this.add({ publicId, onEnded });
  }

  protected async checkAll(asked: readonly Watcher[]): Promise<void> {
    const now = new Date();
    const ids = [...new Set(asked.map((w) => w.publicId))];
    const live = await this.prisma.session.findMany({
      where: { publicId: { in: ids }, expiresAt: { gt: now }, absoluteExpiresAt: { gt: now } },
      select: { publicId: true },
    });
    const alive = new Set(live.map((s) => s.publicId));
    for (const watcher of asked) {
      if (alive.has(watcher.publicId) || !this.isWatching(watcher)) continue;
      this.forget(watcher);
      watcher.onEnded();
    }
  }
}
