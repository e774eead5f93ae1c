// Decisions whose review date has come: the scheduler records one
// "decision.review_due" event per decision, and the notification fan-out
// turns it into notifications (and mail) for the workspace's facilitators,
// owners and the decision's owner. Exactly once across instances: see
// recordDueOnce.
import type { PrismaClient } from "../../db.ts";
import { DUE_BATCH, recordDueOnce } from "../events/record-due-once.ts";

type DueDecision = {
  id: string;
  workspaceId: string;
  debateId: string;
  outcome: string;
  reviewBy: Date;
};

/** One pass; returns how many reminders were recorded. */
export function remindDueReviews(prisma: PrismaClient, now = new Date()): Promise<number> {
  return recordDueOnce<DueDecision>(prisma, {
    // Only the current version of a series that nothing superseded.
    claimDue: (tx) => tx.$queryRaw<DueDecision[]>`
      SELECT d."id", d."workspaceId", d."debateId", d."outcome", d."reviewBy"
      FROM "Decision" d
      WHERE d."reviewBy" <= ${now} AND d."reviewRemindedAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "Decision" v
                        WHERE v."seriesId" = d."seriesId" AND v."version" > d."version")
        AND NOT EXISTS (SELECT 1 FROM "Decision" s WHERE s."supersedesSeriesId" = d."seriesId")
      ORDER BY d."reviewBy" LIMIT ${DUE_BATCH}
      FOR UPDATE OF d SKIP LOCKED`,
    eventFor: (decision) => ({
      workspaceId: decision.workspaceId,
      debateId: decision.debateId,
      actorId: null,
      type: "decision.review_due",
      subjectId: decision.id,
      data: { outcome: decision.outcome, reviewBy: decision.reviewBy.toISOString() },
    }),
    markAnnounced: (tx, ids) =>
      tx.decision.updateMany({ where: { id: { in: ids } }, data: { reviewRemindedAt: now } }),
  });
}
