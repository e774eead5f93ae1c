// Reads a whole debate with flat queries (every row carries debateId) and
// computes each claim's status on the server; the browser never recomputes.
import type { Db } from "../../db.ts";
import { readOnlyAbilities, viewerAbilities } from "../../domain/debate/viewer-abilities.ts";
import { isoDate } from "../../domain/iso-date.ts";
import type { DebateAccess } from "./debate-access.ts";
import { findDebatePoint } from "./debate-point.ts";
import { type DebateHead, loadDebateRows } from "./debate-rows.ts";
import { presentDebate } from "./present-debate.ts";
import { readerClaimFacts } from "./reader-facts.ts";
import { buildSharedDebateRead } from "./shared-debate-read.ts";

export { type DebateGraph, importBatchSelect } from "./debate-graph.ts";
export { latestDebateEventId } from "./debate-point.ts";
export { loadDebateGraph } from "./load-debate-graph.ts";
export { computeDebateStatus } from "./read-debate-status.ts";

/**
 * A debate as this reader may see it, built in JSON form for the lean
 * transport (its router marks it for trpc/lean-json.ts): dates are ISO strings, and each person is
 * named once in `people` while claims and resolutions carry only their id.
 * With `asOf` (an event id or an ISO time) it is the debate as it stood
 * then, read from the row history, and nothing in it can be acted on.
 * With `head` (debate-read-access.ts) the live read does not read the header
 * and latest event again.
 */
export async function readDebate(
  db: Db,
  access: DebateAccess & { head?: DebateHead },
  options: { asOf?: string } = {},
) {
  const point =
    options.asOf === undefined ? null : await findDebatePoint(db, access.debate.id, options.asOf);
  const rows = await loadDebateRows(db, access.debate.id, point, access.head);
  // A guest's role comes from a grant; everyone else's from a membership.
  const isWorkspaceMember = !access.guest;
  const { lastEventId, debate } = rows;
  // What this reader may do now: the web offers only these (guests see no workspace pages).
  // The past is read-only: nothing in it can be acted on.
  const abilities = viewerAbilities({ ...debate, role: access.role, isWorkspaceMember });
  const can = point ? readOnlyAbilities(abilities) : abilities;
  const shared = buildSharedDebateRead(rows, {
    role: access.role,
    anonymous: access.debate.anonymous,
  });
  const own = readerClaimFacts(shared.readerInputs, {
    userId: access.userId,
    role: access.role,
    phase: debate.phase,
    can,
    past: point !== null,
  });
  const claims = shared.claims.map((claim, index) =>
    // Added to the claim built for this read, not spread into a copy: a copy
    // per claim was a good part of a big debate's read.
    Object.assign(claim, {
      isMine: own.isMine[index] as boolean,
      can: own.can[index] as number,
      myVote: own.myVote[index] ?? null,
    }),
  );
  return {
    debate: {
      ...presentDebate(debate, { role: access.role, isWorkspaceMember }),
      can,
    },
    /** The past moment shown, or null for the live debate. */
    asOf: point ? { eventId: point.eventId.toString(), at: isoDate(point.at) } : null,
    /** The debate's last event this read includes; live deltas continue from it. */
    lastEventId,
    // Clients count the phase timer down from the server's clock, not their own.
    serverNow: isoDate(new Date()),
    /** Display names by person id, for every person this reader may see named. */
    people: shared.people,
    claims,
    // Newest first: the panel people watch during a workshop.
    unansweredObjectionIds: shared.unansweredObjectionIds,
    counts: shared.counts,
  };
}

/** A whole-debate read as every client ends up holding it. */
export type DebateView = Awaited<ReturnType<typeof readDebate>>;
