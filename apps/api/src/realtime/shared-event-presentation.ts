// One live event, as shown to every reader of the same kind, made once per
// API instance: in a room of 500, all but the person who acted see the same
// thing, so the stream hands them the same object and the SSE route turns it
// into bytes once (live-debate-route.ts). Before this, presenting and
// serialising the event once per open stream was a third of the instance's
// CPU at 500 listeners.
//
// What the reader sees depends only on the parts of the key below
// (presentEvent and DebateDeltas.forReader read nothing else of the reader);
// the person who acted gets their own copy (isMine, their vote or ballot).
import type { DebateAccess } from "../services/debates/debate-access.ts";
import type { EventRow, EventViewer } from "./event-row.ts";

/** Live rows are one object handed to every subscriber: keyed by it, copies go when it does. */
const shownByRow = new WeakMap<EventRow, Map<string, { made: unknown }>>();

/**
 * The key of what this reader sees of this row, or null when it is theirs
 * alone (they acted).
 */
export function sharedReaderKey(
  row: EventRow,
  access: Pick<DebateAccess, "userId" | "role" | "guest">,
  viewer: EventViewer,
): string | null {
  if (row.actorId !== null && row.actorId === access.userId) return null;
  const redacted = row.subjectId !== null && viewer.redactedClaimIds.has(row.subjectId);
  const { person } = viewer;
  return [
    access.role,
    access.guest,
    person.role,
    person.anonymous,
    viewer.seesTurnout,
    redacted,
  ].join(":");
}

/** What readers with this key see of the row, made by `make` for the first of them. */
export function sharedPresentation<T>(row: EventRow, key: string | null, make: () => T): T {
  if (key === null) return make();
  let shown = shownByRow.get(row);
  if (!shown) {
    shown = new Map();
    shownByRow.set(row, shown);
  }
  let entry = shown.get(key);
  if (!entry) {
    entry = { made: make() };
    shown.set(key, entry);
  }
  return entry.made as T;
}
