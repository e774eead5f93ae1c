// Time travel's row source: a debate's rows as they stood once a given event
// had committed, rebuilt from DebateRowHistory (appended by triggers, see the
// migration debate_row_history) in the shapes of the live reads.
import { ModerationState, ResolutionKind } from "@steelman/db";
import { z } from "zod";
import type { Db } from "../../db.ts";
import { AGREEMENTS, CLAIM_KINDS, PHASES } from "../../domain/vocabulary.ts";
import { parseUtcTimestamp } from "../../utc-timestamp.ts";
import { claimNumbersOf, numberLinks, numberTarget } from "./claim-numbers.ts";
import type { DebateGraph } from "./debate-graph.ts";
import { importBatchSelect } from "./debate-graph.ts";
import type { DebatePoint } from "./debate-point.ts";

type HistoryRow = { tableName: string; row: unknown };

/**
 * The latest version of each row that belongs to the point. A version
 * belongs when the transaction that wrote it recorded one of the debate's
 * events up to the point. Versions no event accounts for are placed too:
 * back-filled ones (no transaction) by their own dates; a change made
 * without an event (a script, a seed) with the last event written before
 * it, i.e. when no version of a later event's transaction precedes it.
 * Row locks order the versions of one row as their transactions committed,
 * so the highest id among those that belong is the state then. Deleted rows
 * end in a null tombstone.
 */
async function readRowVersions(db: Db, debateId: string, point: DebatePoint) {
  return db.$queryRaw<HistoryRow[]>`
    WITH upto AS (
      SELECT DISTINCT e.txid FROM "Event" e
      WHERE e."debateId" = ${debateId}::uuid AND e.id <= ${point.eventId} AND e.txid IS NOT NULL
    ), later AS (
      SELECT DISTINCT e.txid FROM "Event" e
      WHERE e."debateId" = ${debateId}::uuid AND e.id > ${point.eventId} AND e.txid IS NOT NULL
        AND e.txid NOT IN (SELECT txid FROM upto)
    ), next_version AS (
      SELECT COALESCE(MIN(h.id), 9223372036854775807) AS id FROM "DebateRowHistory" h
      WHERE h."debateId" = ${debateId}::uuid AND h.txid IN (SELECT txid FROM later)
    )
    SELECT DISTINCT ON (h."tableName", h."rowId") h."tableName", h."row"
    FROM "DebateRowHistory" h, next_version
    WHERE h."debateId" = ${debateId}::uuid
      AND (
        h.txid IN (SELECT txid FROM upto)
        OR (h.txid IS NULL AND h."recordedAt" <= ${point.at})
        OR (
          h.txid IS NOT NULL AND h.id < next_version.id
          AND NOT EXISTS (
            SELECT 1 FROM "Event" e WHERE e."debateId" = ${debateId}::uuid AND e.txid = h.txid
          )
        )
      )
    ORDER BY h."tableName", h."rowId", h.id DESC`;
}

// Columns arrive as to_jsonb wrote them: timestamp(3) without a zone, in UTC.
const date = z.string().transform(parseUtcTimestamp);
const optionalDate = date.nullable();

const debateRow = z.object({
  id: z.string(),
  workspaceId: z.string(),
  question: z.string(),
  description: z.string(),
  phase: z.enum(PHASES),
  anonymous: z.boolean(),
  hideTallies: z.boolean(),
  membersMayPropose: z.boolean(),
  claimVotesOnlyInVoting: z.boolean(),
  guestsSeeGroups: z.boolean(),
  phaseStartedAt: date,
  phaseEndsAt: optionalDate,
  createdAt: date,
  updatedAt: date,
  archivedAt: optionalDate,
});

const claimRow = z.object({
  id: z.string(),
  number: z.number(),
  kind: z.enum(CLAIM_KINDS),
  targetId: z.string().nullable(),
  authorId: z.string(),
  body: z.string(),
  moderation: z.enum(ModerationState),
  mergedIntoId: z.string().nullable(),
  lockedAt: optionalDate,
  parkedAt: optionalDate,
  parkReason: z.string().nullable(),
  createdAt: date,
  importBatchId: z.string().nullable(),
});

const linkRow = z.object({ fromId: z.string(), toId: z.string() });
const revisionRow = z.object({ claimId: z.string() });

const resolutionRow = z.object({
  claimId: z.string(),
  kind: z.enum(ResolutionKind),
  note: z.string(),
  duplicateOfId: z.string().nullable(),
  resolvedById: z.string(),
  resolvedAt: date,
  reopenedAt: optionalDate,
  importBatchId: z.string().nullable(),
});

const voteRow = z.object({
  claimId: z.string(),
  userId: z.string(),
  agreement: z.enum(AGREEMENTS),
  impact: z.number().nullable(),
});

function rowsOf<T>(versions: readonly HistoryRow[], tableName: string, schema: z.ZodType<T>): T[] {
  return versions
    .filter((version) => version.tableName === tableName && version.row !== null)
    .map((version) => schema.parse(version.row));
}

export async function loadDebateRowsAsOf(db: Db, debateId: string, point: DebatePoint) {
  const versions = await readRowVersions(db, debateId, point);
  const [debateAtPoint] = rowsOf(versions, "Debate", debateRow);
  const claimRows = rowsOf(versions, "Claim", claimRow).sort((a, b) => a.number - b.number);
  const resolutionRows = rowsOf(versions, "Resolution", resolutionRow).filter(
    (resolution) => resolution.reopenedAt === null,
  );
  const [workspace, people, importBatches] = await Promise.all([
    db.debate.findUniqueOrThrow({
      where: { id: debateId },
      select: { workspace: { select: { slug: true, name: true } } },
    }),
    readPeople(db, [
      ...claimRows.map((c) => c.authorId),
      ...resolutionRows.map((r) => r.resolvedById),
    ]),
    readImportBatches(
      db,
      [...claimRows, ...resolutionRows].map((row) => row.importBatchId),
    ),
  ]);
  if (!debateAtPoint) throw new Error(`No history of debate ${debateId} at event ${point.eventId}`);
  const batchOf = (id: string | null) => (id ? (importBatches.get(id) ?? null) : null);
  const numbers = claimNumbersOf(claimRows);
  const personOf = (id: string) => people.get(id) ?? { id, displayName: "" };
  const graph: DebateGraph = {
    claims: claimRows.map(({ authorId, importBatchId, ...claim }) => ({
      ...claim,
      author: personOf(authorId),
      importBatch: batchOf(importBatchId),
      target: numberTarget(claim.targetId, numbers),
    })),
    links: numberLinks(
      rowsOf(versions, "ClaimLink", linkRow).map((link) => [link.fromId, link.toId] as const),
      numbers,
    ),
    resolutions: resolutionRows.map(({ resolvedById, reopenedAt: _, importBatchId, ...rest }) => ({
      ...rest,
      resolvedBy: personOf(resolvedById),
      importBatch: batchOf(importBatchId),
    })),
  };
  const revisionCounts = new Map<string, number>();
  for (const { claimId } of rowsOf(versions, "ClaimRevision", revisionRow)) {
    revisionCounts.set(claimId, (revisionCounts.get(claimId) ?? 0) + 1);
  }
  return {
    lastEventId: point.eventId.toString(),
    debate: { ...debateAtPoint, workspace: workspace.workspace },
    graph,
    votes: rowsOf(versions, "ClaimVote", voteRow),
    revisionCounts,
  };
}

async function readPeople(db: Db, ids: string[]) {
  const people = await db.user.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, displayName: true },
  });
  return new Map(people.map((person) => [person.id, person]));
}

type ImportBatch = NonNullable<DebateGraph["claims"][number]["importBatch"]>;

async function readImportBatches(db: Db, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map<string, ImportBatch>();
  const batches = await db.importBatch.findMany({
    where: { id: { in: wanted } },
    select: { id: true, ...importBatchSelect },
  });
  return new Map(batches.map(({ id, ...batch }) => [id, batch]));
}
