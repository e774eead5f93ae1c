import { TRPCError } from "@trpc/server";

// How many live streams one person may hold open on this API instance. A
// tab holds one; a script opening thousands would hold as many database
// reads and timers, so past the cap a new stream is refused with a sentence.
export const STREAMS_PER_PERSON = 20;

export class StreamQuota {
  private readonly open = new Map<string, number>();

  constructor(private readonly limit = STREAMS_PER_PERSON) {}

  /** Takes one stream for the person: a release function, or null past the cap. */
  take(userId: string): (() => void) | null {
    const count = this.open.get(userId) ?? 0;
    if (count >= this.limit) return null;
    this.open.set(userId, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.open.get(userId) ?? 1) - 1;
      if (left <= 0) this.open.delete(userId);
      else this.open.set(userId, left);
    };
  }

  /** Open streams of one person on this instance. */
  countOf(userId: string): number {
    return this.open.get(userId) ?? 0;
  }
}

const tooManyStreams = () =>
  new TRPCError({
    code: "TOO_MANY_REQUESTS",
    message: `You have ${STREAMS_PER_PERSON} live pages open already. Close some tabs, then reload this one.`,
  });

/** A stream slot for the person, or the refusal they read when they hold too many. */
export function takeStreamSlot(quota: StreamQuota, userId: string): () => void {
  const release = quota.take(userId);
  if (!release) throw tooManyStreams();
  return release;
}

/** The same refusal, asked before a stream begins (the plain SSE route answers it as a 429). */
export function assertStreamSlotFree(quota: StreamQuota, userId: string): void {
  if (quota.countOf(userId) >= STREAMS_PER_PERSON) throw tooManyStreams();
}

/** The session a live stream follows: it ends with it, so API tokens (no session) cannot open one. */
export function requireStreamSession(session: { publicId: string } | null): string {
  if (!session) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Live streams need a signed-in session; API tokens cannot follow them.",
    });
  }
  return session.publicId;
}
