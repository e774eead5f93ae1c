// A point in a debate's past, named by a reader as an event id or a time,
// and resolved to the debate's own last event at or before it.
import type { Db } from "../../db.ts";
import { DomainError } from "../../domain/domain-error.ts";

export type DebatePoint = { eventId: bigint; at: Date };

/** `asOf` as readers give it: digits are an event id, anything else an ISO time. */
export async function findDebatePoint(
  db: Db,
  debateId: string,
  asOf: string,
): Promise<DebatePoint> {
  const bound = /^\d+$/.test(asOf)
    ? { id: { lte: BigInt(asOf) } }
    : { createdAt: { lte: new Date(asOf) } };
  const event = await db.event.findFirst({
    where: { debateId, ...bound },
    orderBy: { id: "desc" },
    select: { id: true, createdAt: true },
  });
  if (!event) {
    throw new DomainError("NOT_FOUND", "The debate had not started yet at that point in time.");
  }
  return { eventId: event.id, at: event.createdAt };
}

/** The id of the debate's latest event (as a string), or null before the first. */
export async function latestDebateEventId(
  db: Db,
  debateId: string,
  before?: bigint,
): Promise<string | null> {
  const row = await db.event.findFirst({
    where: { debateId, ...(before === undefined ? {} : { id: { lt: before } }) },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  return row ? row.id.toString() : null;
}
