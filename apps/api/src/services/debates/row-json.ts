// Rows read as JSON arrays of positional arrays inside one statement, and the
// SQL pieces the debate reads share to build them (debate-side-rows.ts for a
// whole debate, changed-claim-rows.ts for the claims one live event changed).
import { Prisma } from "@steelman/db";
import { parseUtcTimestamp } from "../../utc-timestamp.ts";
import { type ResolutionRow, shapeResolution } from "./debate-graph.ts";

export type Json = string | number | null;
/** JSON renders a timestamp(3) (UTC) without its zone. */
type Cell = Json | undefined;
export const utc = (value: Cell) => parseUtcTimestamp(String(value));
export const utcOrNull = (value: Cell) => (value === null ? null : utc(value));
export const str = (value: Cell) => value as string;
export const strOrNull = (value: Cell) => value as string | null;

/**
 * One person by id, looked up by its key for each row: with LIMIT the planner
 * cannot fold it into a join, which it could plan as a walk of the whole
 * User table (a merge join), whatever the debate's size.
 */
export const person = (userId: Prisma.Sql) =>
  Prisma.sql`SELECT p."id", p."displayName" FROM "User" p WHERE p."id" = ${userId} LIMIT 1`;

/**
 * The resolutions in force where `where` holds (on `r`), with their resolvers
 * and imports, as one JSON array; resolutionsFromJson reads it back.
 */
export const resolutionsJson = (where: Prisma.Sql) => Prisma.sql`
  (SELECT coalesce(json_agg(json_build_array(r."claimId", r."kind", r."note", r."duplicateOfId",
      r."resolvedAt", u."id", u."displayName", b."fileName", b."importedAt", b."importerId",
      b."importerName")), '[]')
    FROM "Resolution" r CROSS JOIN LATERAL (${person(Prisma.sql`r."resolvedById"`)}) u
    LEFT JOIN LATERAL (${importOf(Prisma.sql`r."importBatchId"`)}) b ON true
    WHERE ${where} AND r."reopenedAt" IS NULL)`;

/** An import batch by id with its importer (fileName, importedAt, importerId, importerName). */
export const importOf = (batchId: Prisma.Sql) => Prisma.sql`
  SELECT b."fileName", b."importedAt", i."id" AS "importerId", i."displayName" AS "importerName"
  FROM "ImportBatch" b CROSS JOIN LATERAL (${person(Prisma.sql`b."importedById"`)}) i
  WHERE b."id" = ${batchId} LIMIT 1`;

export function resolutionsFromJson(rows: readonly Json[][]) {
  return rows.map((r) =>
    shapeResolution({
      claimId: str(r[0]),
      kind: r[1] as ResolutionRow["kind"],
      note: str(r[2]),
      duplicateOfId: strOrNull(r[3]),
      resolvedAt: utc(r[4]),
      resolverId: str(r[5]),
      resolverName: str(r[6]),
      fileName: strOrNull(r[7]),
      importedAt: utcOrNull(r[8]),
      importerId: strOrNull(r[9]),
      importerName: strOrNull(r[10]),
    }),
  );
}

/** The debate's extra links as [fromId, toId] pairs, one JSON array (linkPairsFromJson reads them). */
export const linksJson = (debate: Prisma.Sql) => Prisma.sql`
  (SELECT coalesce(json_agg(json_build_array(l."fromId", l."toId")), '[]')
    FROM "ClaimLink" l WHERE l."debateId" = ${debate})`;

/** The link pairs of `linksJson` (claim-numbers.ts numbers them). */
export function linkPairsFromJson(rows: readonly Json[][]): [string, string][] {
  return rows.map(([from, to]) => [str(from), str(to)]);
}

/**
 * Revision counts by claim where `where` holds (on the ClaimRevision row), as
 * one JSON array: only of claims edited at least once. A claim missing from
 * it has its one revision, as every reader assumes; listing every claim cost
 * PostgreSQL 3-4 times as much (a JSON element per claim of the debate).
 */
export const revisionCountsJson = (where: Prisma.Sql) => Prisma.sql`
  (SELECT coalesce(json_agg(json_build_array(v."claimId", v."count")), '[]')
    FROM (SELECT "claimId", count(*)::int AS "count" FROM "ClaimRevision"
      WHERE ${where} GROUP BY "claimId" HAVING count(*) > 1) v)`;

/** Revision counts of edited claims (revisionCountOf reads them). */
export function revisionCountsFromJson(rows: readonly Json[][]): Map<string, number> {
  return new Map(rows.map(([id, count]) => [str(id), count as number]));
}

/** A claim's revision count: one when it is not among the edited ones. */
export function revisionCountOf(counts: ReadonlyMap<string, number>, claimId: string): number {
  return counts.get(claimId) ?? 1;
}

/** A JSON column: parsed by node-postgres; through Prisma ($queryRaw in a transaction) perhaps still text. */
export function jsonList(value: Json[][] | string | undefined): Json[][] {
  return typeof value === "string" ? JSON.parse(value) : (value ?? []);
}
