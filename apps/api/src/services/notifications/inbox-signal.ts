// "Something changed in this person's inbox": a NOTIFY on its own channel
// carrying only the person's id, sent when the fan-out writes notifications
// for them or they mark some read (on any instance), so every open bell of
// theirs re-counts at once instead of polling (realtime/inbox-watchers.ts).
import type { Prisma, PrismaClient } from "../../db.ts";

export const INBOX_CHANNEL = "steelman_inbox";

/** Queues one signal per person, delivered when the caller's transaction commits. */
export async function signalInboxes(
  db: Prisma.TransactionClient | PrismaClient,
  userIds: Iterable<string>,
): Promise<void> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return;
  await db.$executeRaw`SELECT pg_notify(${INBOX_CHANNEL}, id) FROM unnest(${ids}::text[]) AS id`;
}
