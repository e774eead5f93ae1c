// Decisions whose review date has come: the scheduler records one
// "decision.review_due" event per decision, and the notification fan-out
// turns it into notifications (and mail) for the workspace's facilitators,
// owners and the decision's owner. Every instance runs this; the decision row
// is claimed with FOR UPDATE SKIP LOCKED and marked reviewRemindedAt in the
// same transaction as its event, so each reminder is recorded exactly once.
import type { PrismaClient } from "../../db.ts";
import { recordEvent } from "../events/record-event.ts";

const BATCH = 50;

/** One pass; returns how many reminders were recorded. */
export async function remindDueReviews(prisma: PrismaClient, now = new Date()): Promise<number> {
  return prisma.$transaction(async (tx) => {
    // Only the current version of a series that nothing superseded.
    const due = await tx.$queryRaw<
      { id: string; workspaceId: string; debateId: string; outcome: string; reviewBy: Date }[]
    >`
      SELECT d."id", d."workspaceId", d."debateId", d."outcome", d."reviewBy"
      FROM "Decision" d
      WHERE d."reviewBy" <= ${now} AND d."reviewRemindedAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "Decision" v
                        WHERE v."seriesId" = d."seriesId" AND v."version" > d."version")
        AND NOT EXISTS (SELECT 1 FROM "Decision" s WHERE s."supersedesSeriesId" = d."seriesId")
      ORDER BY d."reviewBy" LIMIT ${BATCH}
      FOR UPDATE OF d SKIP LOCKED`;
    for (const decision of due) {
      await recordEvent(tx, {
        workspaceId: decision.workspaceId,
        debateId: decision.debateId,
        actorId: null,
        type: "decision.review_due",
        subjectId: decision.id,
        data: { outcome: decision.outcome, reviewBy: decision.reviewBy.toISOString() },
      });
    }
    if (due.length > 0) {
      await tx.decision.updateMany({
        where: { id: { in: due.map((d) => d.id) } },
        data: { reviewRemindedAt: now },
      });
    }
    return due.length;
  });
}
