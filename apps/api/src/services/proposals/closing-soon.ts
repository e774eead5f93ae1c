// "Closes within 24 hours": the scheduler records one proposal.closing_soon
// event per open proposal whose deadline is a day away, and the notification
// fan-out tells the workspace's members. Only proposals that ran longer than
// a day get one (a short vote's "opened" already says when it closes).
// Exactly once across instances: rows claimed with FOR UPDATE SKIP LOCKED and
// marked closingSoonNotifiedAt in the transaction that records the event.
import type { PrismaClient } from "../../db.ts";
import { recordEvent } from "../events/record-event.ts";

const BATCH = 50;
export const CLOSING_SOON_MS = 24 * 60 * 60_000;

/** One pass; returns how many proposals were announced as closing soon. */
export async function announceClosingProposals(
  prisma: PrismaClient,
  now = new Date(),
): Promise<number> {
  const horizon = new Date(now.getTime() + CLOSING_SOON_MS);
  return prisma.$transaction(async (tx) => {
    const soon = await tx.$queryRaw<
      { id: string; workspaceId: string; debateId: string; title: string; closesAt: Date }[]
    >`
      SELECT p."id", p."workspaceId", p."debateId", p."title", p."closesAt"
      FROM "Proposal" p
      WHERE p."closedAt" IS NULL AND p."closingSoonNotifiedAt" IS NULL
        AND p."closesAt" > ${now} AND p."closesAt" <= ${horizon}
        AND p."closesAt" - p."createdAt" > interval '24 hours'
      ORDER BY p."closesAt" LIMIT ${BATCH}
      FOR UPDATE OF p SKIP LOCKED`;
    for (const proposal of soon) {
      await recordEvent(tx, {
        workspaceId: proposal.workspaceId,
        debateId: proposal.debateId,
        actorId: null,
        type: "proposal.closing_soon",
        subjectId: proposal.id,
        data: { title: proposal.title, closesAt: proposal.closesAt.toISOString() },
      });
    }
    if (soon.length > 0) {
      await tx.proposal.updateMany({
        where: { id: { in: soon.map((p) => p.id) } },
        data: { closingSoonNotifiedAt: now },
      });
    }
    return soon.length;
  });
}
