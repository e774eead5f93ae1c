// The cached opinion groups of a debate, shared by every API instance through
// the OpinionGroupSnapshot table. Recomputed only when votes changed since
// the snapshot and it is a few seconds old, so a busy room costs one
// computation every few seconds, never one per request. One instance at a
// time recomputes (a transaction-scoped advisory lock per debate); the
// others keep serving the snapshot they have.
import type { Db, Prisma, PrismaClient } from "../../db.ts";
import {
  type ClaimVoteInput,
  computeOpinionGroups,
  type OpinionGroupsResult,
  type PreviousAssignment,
} from "../../domain/opinion-groups/index.ts";

/** A snapshot younger than this is served even when votes came in since. */
export const SNAPSHOT_FRESH_MS = 3_000;

/** The events after which the groups may differ: votes, and claims hidden or restored. */
const CHANGE_EVENTS = ["vote.cast", "vote.removed", "claim.hidden", "claim.restored"];

export type OpinionGroupSnapshot = { result: OpinionGroupsResult; computedAt: Date };

const snapshotSelect = {
  result: true,
  assignment: true,
  lastVoteEventId: true,
  computedAt: true,
} as const satisfies Prisma.OpinionGroupSnapshotSelect;

type SnapshotRow = Prisma.OpinionGroupSnapshotGetPayload<{ select: typeof snapshotSelect }>;

/** The advisory-lock key of a debate's recomputation (exported for the tests). */
export const snapshotLockKey = (debateId: string) => `opinion-groups:${debateId}`;

async function latestChangeId(db: Db, debateId: string): Promise<bigint> {
  const latest = await db.event.findFirst({
    where: { debateId, type: { in: CHANGE_EVENTS } },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  return latest?.id ?? 0n;
}

const asSnapshot = (row: SnapshotRow): OpinionGroupSnapshot => ({
  // Written only by `recompute` below, from computeOpinionGroups' result.
  result: row.result as unknown as OpinionGroupsResult,
  computedAt: row.computedAt,
});

export async function currentOpinionGroups(
  prisma: PrismaClient,
  debateId: string,
  freshForMs = SNAPSHOT_FRESH_MS,
): Promise<OpinionGroupSnapshot> {
  const [latest, row] = await Promise.all([
    latestChangeId(prisma, debateId),
    prisma.opinionGroupSnapshot.findUnique({ where: { debateId }, select: snapshotSelect }),
  ]);
  if (row && (row.lastVoteEventId >= latest || Date.now() - row.computedAt.getTime() < freshForMs))
    return asSnapshot(row);
  const fresh = await recompute(prisma, debateId, row === null);
  // Another instance is recomputing right now: its result will be there on the next read.
  return fresh ?? asSnapshot(row as SnapshotRow);
}

/**
 * Recomputes under the debate's advisory lock. With a snapshot to fall back
 * on, it only tries the lock (null when another instance holds it); without
 * one, it waits, then uses what the other instance wrote.
 */
function recompute(
  prisma: PrismaClient,
  debateId: string,
  mustWait: boolean,
): Promise<OpinionGroupSnapshot | null> {
  return prisma.$transaction(
    async (tx) => {
      const key = snapshotLockKey(debateId);
      if (mustWait) {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
      } else {
        const [got] = await tx.$queryRaw<{ locked: boolean }[]>`
          SELECT pg_try_advisory_xact_lock(hashtext(${key})) AS locked`;
        if (!got?.locked) return null;
      }
      // Read the newest change first: the votes read after it include at least that much.
      const latest = await latestChangeId(tx, debateId);
      const row = await tx.opinionGroupSnapshot.findUnique({
        where: { debateId },
        select: snapshotSelect,
      });
      if (row && row.lastVoteEventId >= latest) return asSnapshot(row);
      const votes = await tx.claimVote.findMany({
        where: { debateId, claim: { moderation: "visible", kind: { not: "proposal" } } },
        select: { userId: true, claimId: true, agreement: true },
      });
      const input: ClaimVoteInput[] = votes.map((vote) => ({
        participantId: vote.userId,
        claimId: vote.claimId,
        agreement: vote.agreement,
      }));
      const previous = (row?.assignment ?? null) as PreviousAssignment | null;
      const result = computeOpinionGroups(input, previous);
      const assignment = Object.fromEntries(result.points.map((p) => [p.participantId, p.groupId]));
      const data = {
        result: JSON.parse(JSON.stringify(result)) as Prisma.InputJsonValue,
        assignment,
        lastVoteEventId: latest,
        computedAt: new Date(),
      };
      const saved = await tx.opinionGroupSnapshot.upsert({
        where: { debateId },
        create: { debateId, ...data },
        update: data,
        select: snapshotSelect,
      });
      return asSnapshot(saved);
    },
    // A large room takes up to a second to compute; the default 5 s leaves too little room under load.
    { timeout: 20_000, maxWait: 10_000 },
  );
}
