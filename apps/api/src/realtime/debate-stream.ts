// A reader's live stream of one debate's events. It subscribes first, then
// sends everything after the last id the reader saw (from the database), then
// live events — skipping any it has already sent, so a reconnect misses
// nothing and repeats nothing. Access is checked again every 30 seconds.
import { tracked } from "@trpc/server";
import type { PrismaClient } from "../db.ts";
import { type DebateAccess, requireDebateAccess } from "../services/debates/debate-access.ts";
import { debateViewer } from "./debate-viewer.ts";
import type { EventBus } from "./event-bus.ts";
import { actorNames, type EventRow, eventRowSelect, presentEvent } from "./event-row.ts";

const ACCESS_RECHECK_MS = 30_000;
const BACKLOG_LIMIT = 1_000;

export async function* streamDebateEvents(
  prisma: PrismaClient,
  bus: EventBus,
  access: DebateAccess,
  lastEventId: string | null,
  signal: AbortSignal | undefined,
) {
  const queue: EventRow[] = [];
  let wake: (() => void) | null = null;
  const unsubscribe = bus.subscribe((row) => {
    if (row.debateId !== access.debate.id) return;
    queue.push(row);
    wake?.();
  });
  const onAbort = () => wake?.();
  signal?.addEventListener("abort", onAbort);
  try {
    let last = lastEventId && /^\d+$/.test(lastEventId) ? BigInt(lastEventId) : null;
    if (last !== null) {
      const backlog = await prisma.event.findMany({
        where: { debateId: access.debate.id, id: { gt: last } },
        orderBy: { id: "asc" },
        take: BACKLOG_LIMIT,
        select: eventRowSelect,
      });
      queue.unshift(...backlog);
    }
    let viewer = await debateViewer(prisma, access);
    let recheckAt = Date.now() + ACCESS_RECHECK_MS;
    while (!signal?.aborted) {
      if (queue.length === 0) {
        let timer: NodeJS.Timeout | undefined;
        await new Promise<void>((resolve) => {
          wake = resolve;
          timer = setTimeout(resolve, Math.max(0, recheckAt - Date.now()));
        });
        clearTimeout(timer);
        wake = null;
      }
      const batch = queue.splice(0).filter((row) => last === null || row.id > last);
      // Removed members and guests stop receiving events: checked now and
      // then, and at once when this reader is the guest just removed.
      const readerRemoved = batch.some(
        (row) => row.type === "guest.removed" && row.subjectId === access.userId,
      );
      if (readerRemoved || Date.now() >= recheckAt) {
        access = await requireDebateAccess(
          prisma,
          access.userId,
          access.debate.id,
          "observer",
          "read debates",
        );
        recheckAt = Date.now() + ACCESS_RECHECK_MS;
      }
      if (batch.length === 0) continue;
      // Moderation changes what text is shown; a debate change (phase, hidden
      // tallies, anonymity) changes whose names and what turnout are.
      if (
        batch.some(
          (row) =>
            row.type === "claim.hidden" ||
            row.type === "claim.restored" ||
            row.type.startsWith("debate."),
        )
      ) {
        viewer = await debateViewer(prisma, access);
      }
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
        const presented = presentEvent(row, actorName, viewer);
        if (presented) yield tracked(row.id.toString(), presented);
      }
    }
  } finally {
    unsubscribe();
    signal?.removeEventListener("abort", onAbort);
  }
}
