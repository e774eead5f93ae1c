// Where readDebate's rows come from: the live tables, or the debate's row
// history as it stood at an earlier event (time travel). Both give the same
// shapes, so one assembly serves the present and the past.
import { Prisma } from "@steelman/db";
import type { Db } from "../../db.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { sqlRows } from "../../sql-rows.ts";
import type { DebatePoint } from "./debate-point.ts";
import { latestDebateEventId } from "./debate-point.ts";
import { loadDebateRowsAsOf } from "./debate-rows-as-of.ts";
import type { debateSummarySelect } from "./debate-service.ts";
import { loadDebateGraphRows } from "./load-debate-graph.ts";

/** The debate's own fields and its workspace's name, as a read shows them. */
export type DebateHeader = Prisma.DebateGetPayload<{ select: typeof debateSummarySelect }> & {
  workspace: { slug: string; name: string };
};

/** The header and the latest event id, read in one statement with the access check (debate-read-access.ts). */
export type DebateHead = { debate: DebateHeader; lastEventId: string | null };

export async function loadDebateRows(
  db: Db,
  debateId: string,
  point: DebatePoint | null,
  head?: DebateHead,
) {
  if (point) return loadDebateRowsAsOf(db, debateId, point);
  // Read before the rest: every change after this event reaches the reader
  // as a live delta, whether or not the rows below already hold it. A head
  // read with the access check was read before, as the rows need.
  const lastEventId = head ? head.lastEventId : await latestDebateEventId(db, debateId);
  // Three statements: the header (unless read with the access check), the
  // claims, and everything else (load-debate-graph.ts).
  const [debate, { graph, votes, revisionCounts }] = await Promise.all([
    head?.debate ?? loadDebateHeader(db, debateId),
    loadDebateGraphRows(db, debateId, { tallies: true }),
  ]);
  return { lastEventId, debate, graph, votes, revisionCounts };
}

export type DebateRows = Awaited<ReturnType<typeof loadDebateRows>>;

/** The header's columns of the debate `d` and its workspace `w` (DebateHeaderRow). */
export const debateHeaderColumns = Prisma.sql`d."id"::text AS "id",
  d."workspaceId"::text AS "workspaceId", d."question", d."description", d."phase"::text AS "phase",
  d."anonymous", d."hideTallies", d."membersMayPropose", d."claimVotesOnlyInVoting",
  d."guestsSeeGroups", d."phaseStartedAt", d."phaseEndsAt", d."createdAt", d."updatedAt",
  d."archivedAt", w."slug", w."name"`;

export type DebateHeaderRow = DebateHeader["workspace"] & Omit<DebateHeader, "workspace">;

export function debateHeaderFrom(row: DebateHeaderRow): DebateHeader {
  const { slug, name, ...debate } = row;
  return { ...debate, workspace: { slug, name } };
}

/** One query (a relation select was two: the debate, then its workspace). */
async function loadDebateHeader(db: Db, debateId: string): Promise<DebateHeader> {
  const [row] = await sqlRows<DebateHeaderRow>(
    db,
    Prisma.sql`
    SELECT ${debateHeaderColumns}
    FROM "Debate" d JOIN "Workspace" w ON w."id" = d."workspaceId"
    WHERE d."id" = ${debateId}::uuid`,
  );
  if (!row) throw new DomainError("NOT_FOUND", "Debate not found.");
  return debateHeaderFrom(row);
}
