// Where readDebate's rows come from: the live tables, or the debate's row
// history as it stood at an earlier event (time travel). Both give the same
// shapes, so one assembly serves the present and the past.
import type { Db } from "../../db.ts";
import type { VoteRow } from "../votes/claim-votes.ts";
import { loadDebateGraph } from "./debate-graph.ts";
import type { DebatePoint } from "./debate-point.ts";
import { latestDebateEventId } from "./debate-point.ts";
import { loadDebateRowsAsOf } from "./debate-rows-as-of.ts";
import { debateSummarySelect } from "./debate-service.ts";

export const debateHeaderSelect = {
  ...debateSummarySelect,
  workspace: { select: { slug: true, name: true } },
} as const;

export async function loadDebateRows(db: Db, debateId: string, point: DebatePoint | null) {
  if (point) return loadDebateRowsAsOf(db, debateId, point);
  // Read before the rest: every change after this event reaches the reader
  // as a live delta, whether or not the rows below already hold it.
  const lastEventId = await latestDebateEventId(db, debateId);
  const [debate, graph, votes, revisionCounts] = await Promise.all([
    db.debate.findUniqueOrThrow({ where: { id: debateId }, select: debateHeaderSelect }),
    loadDebateGraph(db, debateId),
    // Flat SQL, like the claims (debate-claim-rows.ts): thousands of rows, no relations.
    db.$queryRaw<VoteRow[]>`
      SELECT "claimId", "userId", "agreement"::text AS "agreement", "impact"
      FROM "ClaimVote" WHERE "debateId" = ${debateId}::uuid`,
    countRevisions(db, debateId),
  ]);
  return { lastEventId, debate, graph, votes, revisionCounts };
}

export type DebateRows = Awaited<ReturnType<typeof loadDebateRows>>;

/**
 * How many revisions each claim of a debate has. A query of its own, filtered
 * by the debate: Prisma's relation `_count` compiles to a GROUP BY over the
 * whole revision table of the install, whatever the debate's size.
 */
async function countRevisions(db: Db, debateId: string): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ claimId: string; count: number }[]>`
    SELECT "claimId", count(*)::int AS "count" FROM "ClaimRevision"
    WHERE "debateId" = ${debateId}::uuid GROUP BY "claimId"`;
  return new Map(rows.map((row) => [row.claimId, row.count]));
}
