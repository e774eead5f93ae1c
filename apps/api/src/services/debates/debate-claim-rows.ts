// Every claim of a debate read flat, then shaped with its author, import and
// target number into what `graphClaimSelect` gives (the people and imports
// come from debate-side-rows.ts). Through Prisma's relation select the read
// cost several times the SQL (its query compiler and nested result
// building), so whole-debate reads take this path; reads of a few claims
// keep the select.
import { Prisma } from "@steelman/db";
import type { Db } from "../../db.ts";
import type { ModerationState } from "../../domain/argument/index.ts";
import type { ClaimKind } from "../../domain/vocabulary.ts";
import { sqlRows } from "../../sql-rows.ts";
import { type ClaimNumbers, numberTarget } from "./claim-numbers.ts";
import { type graphClaimSelect, importBatchOf } from "./debate-graph.ts";

export type GraphClaimRow = Prisma.ClaimGetPayload<{ select: typeof graphClaimSelect }>;

export type FlatClaimRow = {
  id: string;
  number: number;
  kind: ClaimKind;
  targetId: string | null;
  body: string;
  moderation: ModerationState;
  mergedIntoId: string | null;
  lockedAt: Date | null;
  parkedAt: Date | null;
  parkReason: string | null;
  createdAt: Date;
  authorId: string;
  importBatchId: string | null;
};

export type Person = { id: string; displayName: string };
export type BatchRow = { id: string; fileName: string; importedAt: Date } & {
  importerId: string;
  importerName: string;
};

/** The debate's claims alone, in number order; shapeClaimRows adds their people and batches. */
export function loadFlatClaimRows(db: Db, debateId: string) {
  return sqlRows<FlatClaimRow>(
    db,
    Prisma.sql`
    SELECT "id", "number", "kind"::text AS "kind", "targetId", "body",
      "moderation"::text AS "moderation", "mergedIntoId", "lockedAt", "parkedAt",
      "parkReason", "createdAt", "authorId", "importBatchId"
    FROM "Claim" WHERE "debateId" = ${debateId}::uuid
    ORDER BY "number"`,
  );
}

export function shapeClaimRows(
  rows: readonly FlatClaimRow[],
  numbers: ClaimNumbers,
  authors: readonly Person[],
  batches: readonly BatchRow[],
): GraphClaimRow[] {
  const authorById = new Map(authors.map((a) => [a.id, a]));
  const batchById = new Map(
    batches.map((b) => [
      b.id,
      importBatchOf(b.fileName, b.importedAt, b.importerId, b.importerName),
    ]),
  );
  return rows.map((row) => {
    return {
      id: row.id,
      number: row.number,
      kind: row.kind,
      targetId: row.targetId,
      body: row.body,
      moderation: row.moderation,
      mergedIntoId: row.mergedIntoId,
      lockedAt: row.lockedAt,
      parkedAt: row.parkedAt,
      parkReason: row.parkReason,
      createdAt: row.createdAt,
      author: authorById.get(row.authorId) ?? { id: row.authorId, displayName: "" },
      importBatch: (row.importBatchId && batchById.get(row.importBatchId)) || null,
      target: numberTarget(row.targetId, numbers),
    };
  });
}
