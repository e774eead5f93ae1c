// The rows a debate's argument status is computed from, read live.
import type { Prisma } from "@steelman/db";
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

/** An import batch as a claim or a resolution carries it (`importBatchSelect`); null for none. */
export function importBatchOf(
  fileName: string | null,
  importedAt: Date | null,
  importerId: string | null,
  importerName: string | null,
) {
  if (fileName === null || importedAt === null || importerId === null) return null;
  return { fileName, importedAt, importedBy: { id: importerId, displayName: importerName ?? "" } };
}

/** A resolution row (flat, with its resolver and import) as `graphResolutionSelect` gives it. */
export function shapeResolution(row: ResolutionRow): GraphResolution {
  return {
    claimId: row.claimId,
    kind: row.kind,
    note: row.note,
    duplicateOfId: row.duplicateOfId,
    resolvedAt: row.resolvedAt,
    resolvedBy: { id: row.resolverId, displayName: row.resolverName },
    importBatch: importBatchOf(row.fileName, row.importedAt, row.importerId, row.importerName),
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
