// The rows a debate's argument status is computed from, read live.
import { Prisma } from "@steelman/db";
import type { Db } from "../../db.ts";
import type { ModerationState } from "../../domain/argument/index.ts";
import type { ClaimKind } from "../../domain/vocabulary.ts";
import { sqlRows } from "../../sql-rows.ts";
import type { GraphClaimRow } from "./debate-claim-rows.ts";

/** Where an imported row came from: shown instead of passing it off as a person's own post. */
export const importBatchSelect = {
  fileName: true,
  importedAt: true,
  importedBy: { select: { id: true, displayName: true } },
} as const;

/** A claim as reads present it. */
export const graphClaimSelect = {
  id: true,
  number: true,
  kind: true,
  targetId: true,
  body: true,
  moderation: true,
  mergedIntoId: true,
  lockedAt: true,
  parkedAt: true,
  parkReason: true,
  createdAt: true,
  updatedAt: true,
  author: { select: { id: true, displayName: true } },
  importBatch: { select: importBatchSelect },
  // The target's number: status resolves references through arrays indexed by number.
  target: { select: { number: true } },
} as const;

/** A resolution in force, as reads present it. */
export const graphResolutionSelect = {
  claimId: true,
  kind: true,
  note: true,
  duplicateOfId: true,
  resolvedAt: true,
  resolvedBy: { select: { id: true, displayName: true } },
  importBatch: { select: importBatchSelect },
} as const;

export type GraphResolution = Prisma.ResolutionGetPayload<{ select: typeof graphResolutionSelect }>;

/** A resolution row (flat, with its resolver and import) as `graphResolutionSelect` gives it. */
export function shapeResolution(row: ResolutionRow): GraphResolution {
  return {
    claimId: row.claimId,
    kind: row.kind,
    note: row.note,
    duplicateOfId: row.duplicateOfId,
    resolvedAt: row.resolvedAt,
    resolvedBy: { id: row.resolverId, displayName: row.resolverName },
    importBatch:
      row.fileName === null || row.importedAt === null || row.importerId === null
        ? null
        : {
            fileName: row.fileName,
            importedAt: row.importedAt,
            importedBy: { id: row.importerId, displayName: row.importerName ?? "" },
          },
  };
}

export type ResolutionRow = Omit<GraphResolution, "resolvedBy" | "importBatch"> & {
  resolverId: string;
  resolverName: string;
  fileName: string | null;
  importedAt: Date | null;
  importerId: string | null;
  importerName: string | null;
};

type SkeletonRow = {
  id: string;
  number: number;
  kind: ClaimKind;
  targetId: string | null;
  targetNumber: number | null;
  moderation: ModerationState;
  parkedAt: Date | null;
  lockedAt: Date | null;
  authorId: string;
};

/**
 * A debate's shape without its words: for every claim what the status, the
 * counts, thread locks and "who answers whom" need, in one flat query (no
 * text, no people). A live delta reads this, and full rows only for the
 * claims it changed: reading every claim with its author and text cost
 * 40–200 ms per event in a 1,000-claim debate.
 */
export async function loadDebateSkeleton(db: Db, debateId: string) {
  const [rows, links, resolutions] = await Promise.all([
    sqlRows<SkeletonRow>(
      db,
      Prisma.sql`
      SELECT c."id", c."number", c."kind"::text AS "kind", c."targetId",
        t."number" AS "targetNumber", c."moderation"::text AS "moderation",
        c."parkedAt", c."lockedAt", c."authorId"
      FROM "Claim" c LEFT JOIN "Claim" t ON t."id" = c."targetId"
      WHERE c."debateId" = ${debateId}::uuid
      ORDER BY c."number"`,
    ),
    loadDebateLinks(db, debateId),
    db.resolution.findMany({
      where: { debateId, reopenedAt: null },
      select: { claimId: true, kind: true },
    }),
  ]);
  // One object shape for every claim, as the full graph has it where the two meet.
  const claims = rows.map((row) => ({
    id: row.id,
    number: row.number,
    kind: row.kind,
    targetId: row.targetId,
    moderation: row.moderation,
    parkedAt: row.parkedAt,
    lockedAt: row.lockedAt,
    target: row.targetNumber === null ? null : { number: row.targetNumber },
    author: { id: row.authorId },
  }));
  return { claims, links, resolutions };
}

export type DebateSkeleton = Awaited<ReturnType<typeof loadDebateSkeleton>>;

/** The rows a debate's argument status is computed from (load-debate-graph.ts reads them). */
export type DebateGraph = {
  claims: GraphClaimRow[];
  links: DebateLink[];
  resolutions: GraphResolution[];
};

/**
 * A debate's extra links with the numbers of both ends, joined in SQL: the
 * numbered status path then needs no id lookups.
 */
export type DebateLink = { fromId: string; toId: string; fromNumber: number; toNumber: number };

function loadDebateLinks(db: Db, debateId: string) {
  return sqlRows<DebateLink>(
    db,
    Prisma.sql`
    SELECT l."fromId", l."toId", f."number" AS "fromNumber", t."number" AS "toNumber"
    FROM "ClaimLink" l
    JOIN "Claim" f ON f."id" = l."fromId"
    JOIN "Claim" t ON t."id" = l."toId"
    WHERE l."debateId" = ${debateId}::uuid`,
  );
}
