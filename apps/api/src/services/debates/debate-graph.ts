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
      },
    }),
    db.claimLink.findMany({ where: { debateId }, select: { fromId: true, toId: true } }),
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
