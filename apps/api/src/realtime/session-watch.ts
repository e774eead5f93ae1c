// Ends live streams whose session has ended (signed out, revoked, expired,
// password changed) on any instance: every few seconds one indexed query
// checks the sessions of all of this instance's open streams at once.
import type { PrismaClient } from "../db.ts";

/** Streams of a signed-out session stop within this time (plus one query). */
export const SESSION_RECHECK_MS = 2_000;

type Watcher = { publicId: string; onEnded: () => void };

export class SessionWatch {
  private readonly watchers = new Set<Watcher>();
  private timer: NodeJS.Timeout | null = null;
  private checking = false;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Calls `onEnded` once the session is gone; returns the way to stop watching. */
  watch(publicId: string, onEnded: () => void): () => void {
    const watcher = { publicId, onEnded };
    this.watchers.add(watcher);
    this.timer ??= setInterval(() => void this.check(), SESSION_RECHECK_MS);
    return () => {
      this.watchers.delete(watcher);
      if (this.watchers.size === 0) this.stop();
    };
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One check now (the timer runs it every SESSION_RECHECK_MS). */
  checkNow(): Promise<void> {
    return this.check();
  }

  private async check(): Promise<void> {
    if (this.checking || this.watchers.size === 0) return;
    this.checking = true;
    try {
      const now = new Date();
      // Only the watchers asked about are judged: one that starts watching
      // while the query runs is not in its answer, and is not ended for that.
      const asked = [...this.watchers];
      const ids = [...new Set(asked.map((w) => w.publicId))];
      const live = await this.prisma.session.findMany({
        where: { publicId: { in: ids }, expiresAt: { gt: now }, absoluteExpiresAt: { gt: now } },
        select: { publicId: true },
      });
      const alive = new Set(live.map((s) => s.publicId));
      for (const watcher of asked) {
        if (alive.has(watcher.publicId) || !this.watchers.has(watcher)) continue;
        this.watchers.delete(watcher);
        watcher.onEnded();
      }
      if (this.watchers.size === 0) this.stop();
    } catch (error) {
      this.onError(error);
    } finally {
      this.checking = false;
    }
  }
}
