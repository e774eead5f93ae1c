// "Closes within 24 hours": the scheduler records one proposal.closing_soon
// event per open proposal whose deadline is a day away, and the notification
// fan-out tells the workspace's members. Only proposals that ran longer than
// a day get one (a short vote's "opened" already says when it closes).
// Exactly once across instances: see recordDueOnce.
import type { PrismaClient } from "../../db.ts";
import { DUE_BATCH, recordDueOnce } from "../events/record-due-once.ts";

export const CLOSING_SOON_MS = 24 * 60 * 60_000;

type ClosingProposal = {
  id: string;
  workspaceId: string;
  debateId: string;
  title: string;
  closesAt: Date;
};

/** One pass; returns how many proposals were announced as closing soon. */
export function announceClosingProposals(prisma: PrismaClient, now = new Date()): Promise<number> {
  const horizon = new Date(now.getTime() + CLOSING_SOON_MS);
  return recordDueOnce<ClosingProposal>(prisma, {
    claimDue: (tx) => tx.$queryRaw<ClosingProposal[]>`
      SELECT p."id", p."workspaceId", p."debateId", p."title", p."closesAt"
      FROM "Proposal" p
      WHERE p."closedAt" IS NULL AND p."closingSoonNotifiedAt" IS NULL
        AND p."closesAt" > ${now} AND p."closesAt" <= ${horizon}
        AND p."closesAt" - p."createdAt" > interval '24 hours'
      ORDER BY p."closesAt" LIMIT ${DUE_BATCH}
      FOR UPDATE OF p SKIP LOCKED`,
    eventFor: (proposal) => ({
      workspaceId: proposal.workspaceId,
      debateId: proposal.debateId,
      actorId: null,
      type: "proposal.closing_soon",
      subjectId: proposal.id,
      data: { title: proposal.title, closesAt: proposal.closesAt.toISOString() },
    }),
    markAnnounced: (tx, ids) =>
      tx.proposal.updateMany({ where: { id: { in: ids } }, data: { closingSoonNotifiedAt: now } }),
  });
}
