// The activity feed: a page of events, newest first, for a debate or a
// whole workspace, shown as each reader may see them.
import type { Db } from "../../db.ts";
import { canSeeTallies } from "../../domain/debate/tally-visibility.ts";
import { hasAtLeastRole, type Role } from "../../domain/roles.ts";
import { debateViewer } from "../../realtime/debate-viewer.ts";
import {
  actorNames,
  eventRowSelect,
  type PresentedEvent,
  presentEvent,
} from "../../realtime/event-row.ts";
import type { DebateAccess } from "../debates/debate-access.ts";

const PAGE = 50;

/**
 * One page of a feed and where the next begins. The cursor follows the rows
 * read, not the events shown: a page whose events are all hidden from the
 * reader (turnout while tallies are hidden) is empty but not the last.
 */
export type ActivityPage<E> = { events: E[]; nextCursor: string | null };

function nextCursorAfter(rows: readonly { id: bigint }[]): string | null {
  return rows.length === PAGE ? (rows.at(-1)?.id.toString() ?? null) : null;
}

export async function listDebateActivity(db: Db, access: DebateAccess, before: string | null) {
  const rows = await db.event.findMany({
    where: { debateId: access.debate.id, ...(before ? { id: { lt: BigInt(before) } } : {}) },
    orderBy: { id: "desc" },
    take: PAGE,
    select: eventRowSelect,
  });
  const [viewer, names] = await Promise.all([debateViewer(db, access), actorNames(db, rows)]);
  const events = rows.flatMap(
    (row) => presentEvent(row, row.actorId ? (names.get(row.actorId) ?? null) : null, viewer) ?? [],
  );
  return { events, nextCursor: nextCursorAfter(rows) };
}

/**
 * Every event of a debate the reader may see, oldest first: the ticks of the
 * time-travel timeline (each one a moment `debate.get` can show), without
 * the claims' texts (withoutTexts).
 */
export async function listDebateTimeline(db: Db, access: DebateAccess) {
  const rows = await db.event.findMany({
    where: { debateId: access.debate.id },
    orderBy: { id: "asc" },
    select: eventRowSelect,
  });
  const [viewer, names] = await Promise.all([debateViewer(db, access), actorNames(db, rows)]);
  return rows.flatMap((row) => {
    const shown = presentEvent(row, row.actorId ? (names.get(row.actorId) ?? null) : null, viewer);
    return shown ? [withoutTexts(shown)] : [];
  });
}

/**
 * A timeline names its moments ("Ana posted objection #12"); the texts of
 * what was posted and edited would make it as big as every version of the
 * debate, for a slider that never shows them. Sent as null, as redacted
 * text is.
 */
function withoutTexts(event: PresentedEvent): PresentedEvent {
  if (event.type === "claim.posted") return { ...event, data: { ...event.data, body: null } };
  if (event.type === "claim.edited") {
    return { ...event, data: { ...event.data, before: null, after: null } };
  }
  return event;
}

export async function listWorkspaceActivity(
  db: Db,
  workspaceId: string,
  reader: { userId: string; role: Role },
  before: string | null,
) {
  const { role } = reader;
  const rows = await db.event.findMany({
    where: { workspaceId, ...(before ? { id: { lt: BigInt(before) } } : {}) },
    orderBy: { id: "desc" },
    take: PAGE,
    select: eventRowSelect,
  });
  const debateIds = [
    ...new Set(rows.map((r) => r.debateId).filter((id): id is string => id !== null)),
  ];
  const isFacilitator = hasAtLeastRole(role, "facilitator");
  const [debates, hidden, names] = await Promise.all([
    db.debate.findMany({
      where: { id: { in: debateIds } },
      select: { id: true, anonymous: true, question: true, hideTallies: true, phase: true },
    }),
    isFacilitator
      ? []
      : db.claim.findMany({
          where: { debateId: { in: debateIds }, moderation: "hidden" },
          select: { id: true },
        }),
    actorNames(db, rows),
  ]);
  const debateById = new Map(debates.map((d) => [d.id, d]));
  const redactedClaimIds = new Set(hidden.map((c) => c.id));
  const events = rows.flatMap((row) => {
    const debate = row.debateId ? debateById.get(row.debateId) : undefined;
    const viewer = {
      person: { userId: reader.userId, role, anonymous: debate?.anonymous ?? false },
      seesTurnout: debate ? canSeeTallies(role, debate) : true,
      redactedClaimIds,
    };
    const presented = presentEvent(
      row,
      row.actorId ? (names.get(row.actorId) ?? null) : null,
      viewer,
    );
    return presented ? [{ ...presented, debateQuestion: debate?.question ?? null }] : [];
  });
  return { events, nextCursor: nextCursorAfter(rows) };
}
