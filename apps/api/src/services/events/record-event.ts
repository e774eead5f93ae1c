// Writes an event row inside the caller's transaction, and queues a NOTIFY
// carrying only its id: PostgreSQL delivers it at commit, and never on
// rollback, so a failed change leaves neither an event nor a notification.
import { Prisma } from "@steelman/db";
import type { TypedEvent } from "../../domain/event-types.ts";

export const EVENTS_CHANNEL = "steelman_events";

/**
 * The workspace's event lock, taken by every writer of its events (here and
 * in insert-claim.ts) and held to commit, so event ids commit in order.
 */
export function workspaceEventLock(workspaceId: string): Prisma.Sql {
  return Prisma.sql`pg_advisory_xact_lock(hashtext(${`events:${workspaceId}`}))`;
}

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
  // Lock, row and NOTIFY in one statement: the lock is then held for it and
  // the commit, not across three round trips (every event-writing change in
  // the workspace queues on it).
  const [row] = await tx.$queryRaw<{ id: bigint }[]>`
    WITH event_lock AS (
      SELECT ${workspaceEventLock(event.workspaceId)}
    ), event AS (
      INSERT INTO "Event" ("workspaceId", "debateId", "actorId", "type", "subjectId", "data", "createdAt")
      SELECT ${event.workspaceId}::uuid, ${event.debateId ?? null}::uuid, ${event.actorId}::uuid,
             ${event.type}, ${event.subjectId ?? null}::uuid, ${JSON.stringify(event.data ?? {})}::jsonb,
             now()
      FROM event_lock
      RETURNING "id"
    )
    SELECT "id", pg_notify(${EVENTS_CHANNEL}, "id"::text)::text AS "notified" FROM event`;
  if (!row) throw new Error("an event insert returned no row");
  return row.id;
}
