// The event columns the API reads, and how an event is shown to a reader.
import { Prisma } from "@steelman/db";
import type { Db } from "../db.ts";
import type { ShownEvent } from "../domain/event-types.ts";
import { type PersonViewer, presentPerson, seesPeople } from "../domain/people/present-person.ts";
import { sqlRows } from "../sql-rows.ts";
import type { ActorPart, DebateDelta } from "./debate-delta.ts";

export const eventRowSelect = {
  id: true,
  workspaceId: true,
  debateId: true,
  actorId: true,
  type: true,
  subjectId: true,
  data: true,
  createdAt: true,
} as const;

export type EventRow = {
  id: bigint;
  workspaceId: string;
  debateId: string | null;
  actorId: string | null;
  type: string;
  subjectId: string | null;
  data: unknown;
  createdAt: Date;
  /** Filled in once by the event bus, so subscribers need not look it up each. */
  actorName?: string | null;
};

export type PresentedEvent = {
  id: string;
  debateId: string | null;
  subjectId: string | null;
  createdAt: Date;
  actor: { id: string; displayName: string } | null;
  /** What the event changed, as this reader may see it (realtime/debate-delta.ts). */
  delta?: DebateDelta &
    ActorPart & {
      /** Whether the reader is who acted (wrote the claim, cast the vote). */
      isMine: boolean;
    };
} & ShownEvent;

export type EventViewer = {
  /** Who reads: the people presenter decides whether they see who did things. */
  person: PersonViewer;
  /** Whether this reader may see that votes and ballots are being cast (hidden tallies hide it). */
  seesTurnout: boolean;
  /** Claims hidden by moderation: their text is kept from readers who may not see it. */
  redactedClaimIds: ReadonlySet<string>;
};

const TEXT_FIELDS = ["body", "before", "after"] as const;

/** Events that reveal turnout: while tallies are hidden, even their existence is. */
export const TURNOUT_EVENTS: ReadonlySet<string> = new Set([
  "vote.cast",
  "vote.removed",
  "ballot.cast",
]);

/** An event as this reader may see it, or null when they may not see it at all. */
export function presentEvent(
  row: EventRow,
  actorName: string | null,
  viewer: EventViewer,
): PresentedEvent | null {
  // The voter knows their own vote: their event reveals nothing to them.
  const own = row.actorId !== null && row.actorId === viewer.person.userId;
  if (!viewer.seesTurnout && TURNOUT_EVENTS.has(row.type) && !own) return null;
  const actor =
    row.actorId && actorName
      ? presentPerson(viewer.person, { id: row.actorId, displayName: actorName })
      : null;
  let data = row.data;
  // Names inside the data (a guest's, on joining) are hidden like actors are.
  if (!seesPeople(viewer.person) && data && typeof data === "object" && "displayName" in data) {
    data = { ...(data as Record<string, unknown>), displayName: null };
  }
  if (
    row.subjectId &&
    viewer.redactedClaimIds.has(row.subjectId) &&
    data &&
    typeof data === "object"
  ) {
    data = Object.fromEntries(
      Object.entries(data as Record<string, unknown>).map(([k, v]) =>
        (TEXT_FIELDS as readonly string[]).includes(k) ? [k, null] : [k, v],
      ),
    );
  }
  // The one place an event row's JSON becomes typed: recordEvent, its only
  // writer, accepts nothing but the data of its type (domain/event-types.ts).
  const shown = { type: row.type, data } as ShownEvent;
  return {
    id: row.id.toString(),
    ...shown,
    debateId: row.debateId,
    subjectId: row.subjectId,
    createdAt: row.createdAt,
    actor,
  };
}

/** An event as the bus hands it on: with its actor's name (null for none). */
export type NamedEventRow = EventRow & { actorName: string | null };

/** The events where `where` holds (on `e`), in id order, each with its actor's name, in one statement. */
export async function loadEventsWithActorNames(
  db: Db,
  where: Prisma.Sql,
): Promise<NamedEventRow[]> {
  const rows = await sqlRows<Omit<NamedEventRow, "id"> & { id: string }>(
    db,
    Prisma.sql`
    SELECT e."id"::text AS "id", e."workspaceId", e."debateId", e."actorId", e."type",
      e."subjectId", e."data", e."createdAt", u."displayName" AS "actorName"
    FROM "Event" e LEFT JOIN "User" u ON u."id" = e."actorId"
    WHERE ${where}
    ORDER BY e."id"`,
  );
  return rows.map((row) => ({ ...row, id: BigInt(row.id) }));
}

export async function actorNames(db: Db, rows: readonly EventRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((r) => r.actorId).filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const users = await db.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, displayName: true },
  });
  return new Map(users.map((u) => [u.id, u.displayName]));
}
