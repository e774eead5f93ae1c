// A person's unread count, live: sent when the stream opens and again each
// time it changes (a notification written for them, or read in another tab,
// on any instance: see InboxWatchers). Like a debate stream it ends within
// seconds of its session ending, ends (for the page to reconnect and
// re-count) when the instance loses its LISTEN connection, and counts
// against the person's cap on open streams.
import { TRPCError } from "@trpc/server";
import type { PrismaClient } from "../db.ts";
import { countUnread } from "../services/notifications/inbox.ts";
import type { EventBus } from "./event-bus.ts";
import { takeStreamSlot } from "./stream-quota.ts";

export async function* streamUnreadCount(
  prisma: PrismaClient,
  bus: EventBus,
  reader: { userId: string; sessionPublicId: string },
  signal: AbortSignal | undefined,
) {
  const release = takeStreamSlot(bus.streams, reader.userId);
  let changed = true;
  let sessionEnded = false;
  let listenerLost = false;
  let wake: (() => void) | null = null;
  const poke = () => wake?.();
  const unwatchInbox = bus.inbox.watch(reader.userId, () => {
    changed = true;
    poke();
  });
  const unwatchSession = bus.sessions.watch(reader.sessionPublicId, () => {
    sessionEnded = true;
    poke();
  });
  const unlisten = bus.onListenerLost(() => {
    listenerLost = true;
    poke();
  });
  signal?.addEventListener("abort", poke);
  try {
    let last: number | null = null;
    while (!signal?.aborted) {
      if (!changed && !sessionEnded && !listenerLost) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = null;
        continue;
      }
      if (sessionEnded) {
        throw new TRPCError({ code: "UNAUTHORIZED", message: "Your session has ended." });
      }
      if (listenerLost) {
        throw new TRPCError({
          code: "SERVICE_UNAVAILABLE",
          message: "The live connection was lost; reconnecting.",
        });
      }
      changed = false;
      const unread = await countUnread(prisma, reader.userId);
      if (unread !== last) {
        last = unread;
        yield { unread };
      }
    }
  } finally {
    release();
    unwatchInbox();
    unwatchSession();
    unlisten();
    signal?.removeEventListener("abort", poke);
  }
}
