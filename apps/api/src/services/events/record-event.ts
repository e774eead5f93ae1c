// Writes an event row inside the caller's transaction, and queues a NOTIFY
// carrying only its id: PostgreSQL delivers it at commit, and never on
// rollback, so a failed change leaves neither an event nor a notification.
import type { Prisma } from "../../db.ts";
import type { TypedEvent } from "../../domain/event-types.ts";

export const EVENTS_CHANNEL = "steelman_events";

/** Who and where, with a type and the data that type carries (domain/event-types.ts). */
export type EventInput = {
  workspaceId: string;
  debateId?: string | null;
  actorId: string | null;
  subjectId?: string | null;
} & EventPayload;

/** Events without data may leave it out. */
type EventPayload =
  | Exclude<TypedEvent, { data: Record<string, never> }>
  | {
      type: Extract<TypedEvent, { data: Record<string, never> }>["type"];
      data?: Record<string, never>;
    };

export async function recordEvent(
  tx: Prisma.TransactionClient,
  event: EventInput,
): Promise<bigint> {
  // One writer per workspace between here and commit: event ids then commit
  // in order, so a reader resuming "after id N" can never skip a late commit.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`events:${event.workspaceId}`}))`;
  const row = await tx.event.create({
    data: {
      workspaceId: event.workspaceId,
      debateId: event.debateId ?? null,
      actorId: event.actorId,
      type: event.type,
      subjectId: event.subjectId ?? null,
      data: event.data ?? {},
    },
    select: { id: true },
  });
  await tx.$executeRaw`SELECT pg_notify(${EVENTS_CHANNEL}, ${row.id.toString()})`;
  return row.id;
}
