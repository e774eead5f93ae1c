// The rows a debate's argument status is computed from, read live.
import type { Db } from "../../db.ts";

/** Where an imported row came from: shown instead of passing it off as a person's own post. */
export const importBatchSelect = {
  fileName: true,
  importedAt: true,
  importedBy: { select: { id: true, displayName: true } },
} as const;

/** The rows a debate's argument status is computed from. */
export async function loadDebateGraph(db: Db, debateId: string) {
  const [claims, links, resolutions] = await Promise.all([
    db.claim.findMany({
      where: { debateId },
      orderBy: { number: "asc" },
      select: {
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
      },
    }),
    loadDebateLinks(db, debateId),
    db.resolution.findMany({
      where: { debateId, reopenedAt: null },
      select: {
        claimId: true,
        kind: true,
        note: true,
        duplicateOfId: true,
        resolvedAt: true,
        resolvedBy: { select: { id: true, displayName: true } },
        importBatch: { select: importBatchSelect },
      },
    }),
  ]);
  return { claims, links, resolutions };
}

export type DebateGraph = Awaited<ReturnType<typeof loadDebateGraph>>;

/**
 * A debate's extra links with the numbers of both ends, joined in SQL: the
 * numbered status path then needs no id lookups.
 */
function loadDebateLinks(db: Db, debateId: string) {
  return db.$queryRaw<{ fromId: string; toId: string; fromNumber: number; toNumber: number }[]>`
    SELECT l."fromId", l."toId", f."number" AS "fromNumber", t."number" AS "toNumber"
    FROM "ClaimLink" l
    JOIN "Claim" f ON f."id" = l."fromId"
    JOIN "Claim" t ON t."id" = l."toId"
    WHERE l."debateId" = ${debateId}::uuid`;
}
