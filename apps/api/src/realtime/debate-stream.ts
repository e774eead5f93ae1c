// A reader's live stream of one debate's events. It subscribes first, then
// sends everything after the last id the reader saw (from the database), then
// live events — skipping any it has already sent, so a reconnect misses
// nothing and repeats nothing.
//
// The stream never outlives the reader's right to it, on any instance: it
// ends within seconds of its session ending (SessionWatch), and re-checks
// access and redaction at once when an event says the reader's membership,
// the debate's settings or a claim's moderation changed (events reach every
// instance through LISTEN/NOTIFY), and when the instance's check of all its
// streams' access every 30 seconds finds it changed otherwise (AccessWatch).
import { TRPCError } from "@trpc/server";
import type { PrismaClient } from "../db.ts";
import { isoDate } from "../domain/iso-date.ts";
import { type DebateAccess, requireDebateAccess } from "../services/debates/debate-access.ts";
import { leanJson } from "../trpc/lean-json.ts";
import { mapDomainError } from "../trpc/map-domain-error.ts";
import { debateViewer } from "./debate-viewer.ts";
import type { EventBus } from "./event-bus.ts";
import { actorNames, type EventRow, eventRowSelect, presentEvent } from "./event-row.ts";
import { followLiveChange } from "./follow-live-change.ts";
import { sharedPresentation, sharedReaderKey } from "./shared-event-presentation.ts";
import { takeStreamSlot } from "./stream-quota.ts";

/** Events read from the log at a time when a reader catches up. */
export const BACKLOG_PAGE = 1_000;
/** Debate events after which the reader's access or redaction may differ. */
const REDACTION_EVENTS = new Set(["debate.updated", "claim.hidden", "claim.restored"]);

export type StreamReader = { access: DebateAccess; sessionPublicId: string };

/**
 * A stream opened while this instance cannot hear live events would sit
 * silent and look live: refused instead, and the reader tries again.
 */
export function requireListening(bus: Pick<EventBus, "listenerState">): void {
  if (bus.listenerState !== "listening") throw listenerLostError();
}

const listenerLostError = () =>
  new TRPCError({
    code: "SERVICE_UNAVAILABLE",
    message: "The live connection was lost; reconnecting.",
  });

export async function* streamDebateEvents(
  prisma: PrismaClient,
  bus: EventBus,
  reader: StreamReader,
  lastEventId: string | null,
  signal: AbortSignal | undefined,
) {
  requireListening(bus);
  const release = takeStreamSlot(bus.streams, reader.access.userId);
  let access = reader.access;
  const queue: EventRow[] = [];
  let wake: (() => void) | null = null;
  let membershipChanged = false;
  let accessChanged = false;
  let sessionEnded = false;
  const unsubscribe = bus.subscribe((row) => {
    if (row.debateId === access.debate.id) {
      // Read what it changed now, once for every stream of this debate here.
      if (row.actorName !== undefined) bus.deltas.prefetch(row);
      queue.push(row);
    } else if (
      row.debateId === null &&
      row.workspaceId === access.debate.workspaceId &&
      row.type.startsWith("member.") &&
      row.subjectId === access.userId
    ) {
      membershipChanged = true;
    } else {
      return;
    }
    wake?.();
  });
  const unwatch = bus.sessions.watch(reader.sessionPublicId, () => {
    sessionEnded = true;
    wake?.();
  });
  const unwatchAccess = bus.access.watch(
    () => access,
    () => {
      accessChanged = true;
      wake?.();
    },
  );
  // Without its LISTEN connection the instance cannot follow the debate:
  // the stream ends, and the reader's page shows it reconnecting and comes
  // back from its last event id.
  let listenerLost = false;
  const unlisten = bus.onListenerLost(() => {
    listenerLost = true;
    wake?.();
  });
  const onAbort = () => wake?.();
  signal?.addEventListener("abort", onAbort);
  try {
    let last = lastEventId && /^\d+$/.test(lastEventId) ? BigInt(lastEventId) : null;
    // A returning reader first catches up from the log, a page at a time.
    let catchingUp = last !== null;
    let viewer = await debateViewer(prisma, access);
    while (!signal?.aborted) {
      if (
        !catchingUp &&
        queue.length === 0 &&
        !membershipChanged &&
        !accessChanged &&
        !sessionEnded &&
        !listenerLost
      ) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = null;
      }
      if (listenerLost) throw listenerLostError();
      if (sessionEnded) {
        throw new TRPCError({ code: "UNAUTHORIZED", message: "Your session has ended." });
      }
      let batch: EventRow[];
      if (catchingUp) {
        const page = await prisma.event.findMany({
          where: { debateId: access.debate.id, id: { gt: last ?? -1n } },
          orderBy: { id: "asc" },
          take: BACKLOG_PAGE,
          select: eventRowSelect,
        });
        catchingUp = page.length === BACKLOG_PAGE;
        // Live events past this page wait for the pages before them.
        const upTo = catchingUp ? page[page.length - 1]!.id : null;
        const live = queue.splice(0);
        queue.push(...live.filter((row) => upTo !== null && row.id > upTo));
        // An event both in the page and heard live keeps its live copy (it carries its change).
        batch = inIdOrder([...live.filter((row) => upTo === null || row.id <= upTo), ...page]);
      } else {
        batch = queue.splice(0);
      }
      batch = batch.filter((row) => last === null || row.id > last);
      const readerRemoved = batch.some(
        (row) => row.type === "guest.removed" && row.subjectId === access.userId,
      );
      // Moderation changes what text is shown; any debate change (phase, hidden
      // tallies, anonymity) may change whose names and what turnout are shown.
      // Live rows say themselves what they change (followLiveChange, below,
      // with no query per reader); rows read back from the log are checked
      // against the database.
      const redactionChanged = batch.some(
        (row) =>
          row.actorName === undefined &&
          (REDACTION_EVENTS.has(row.type) || row.type.startsWith("debate.")),
      );
      if (membershipChanged || accessChanged || readerRemoved || redactionChanged) {
        const roleBefore = access.role;
        const anonymousBefore = access.debate.anonymous;
        membershipChanged = false;
        accessChanged = false;
        access = await recheckAccess(prisma, access);
        if (
          redactionChanged ||
          access.role !== roleBefore ||
          access.debate.anonymous !== anonymousBefore
        ) {
          viewer = await debateViewer(prisma, access);
        }
      }
      if (batch.length === 0) continue;
      // Live rows carry their actor's name; only backlog rows need a lookup.
      const names = batch.some((row) => row.actorName === undefined)
        ? await actorNames(prisma, batch)
        : new Map<string, string>();
      for (const row of batch) {
        last = row.id;
        const actorName =
          row.actorName !== undefined
            ? row.actorName
            : row.actorId
              ? (names.get(row.actorId) ?? null)
              : null;
        if (row.actorName !== undefined) {
          ({ access, viewer } = await followLiveChange(bus.deltas, row, { access, viewer }));
        }
        // Live events carry what they changed; backlog ones (after a
        // reconnect) do not, and the page re-reads once.
        const live =
          row.actorName !== undefined
            ? await bus.deltas.forReader(row, { role: access.role, guest: access.guest })
            : null;
        const isMine = row.actorId === access.userId;
        const key = row.actorName !== undefined ? sharedReaderKey(row, access, viewer) : null;
        const message = sharedPresentation(row, key, () => {
          const shown = presentEvent(row, actorName, viewer);
          if (!shown) return null;
          const presented = { ...shown, createdAt: isoDate(shown.createdAt) };
          // In JSON form, so superjson does not walk each copy.
          return {
            id: row.id.toString(),
            data: leanJson(
              live
                ? { ...presented, delta: { ...live.delta, isMine, ...(isMine ? live.actor : {}) } }
                : presented,
            ),
          };
        });
        if (message) yield message;
      }
    }
  } finally {
    release();
    unlisten();
    unsubscribe();
    unwatch();
    unwatchAccess();
    signal?.removeEventListener("abort", onAbort);
  }
}

/** Rows by ascending id, each once: of two copies of a row, the first given (the sort is stable). */
function inIdOrder(rows: EventRow[]): EventRow[] {
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return rows.filter((row, k) => k === 0 || row.id !== rows[k - 1]!.id);
}

/** The reader's access now; a refusal ends the stream with the same error a new request gets. */
async function recheckAccess(prisma: PrismaClient, access: DebateAccess): Promise<DebateAccess> {
  try {
    return await requireDebateAccess(
      prisma,
      access.userId,
      access.debate.id,
      "observer",
      "read debates",
    );
  } catch (error) {
    throw mapDomainError(error) ?? error;
  }
}
