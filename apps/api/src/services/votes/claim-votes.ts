// Votes on claims: one per person per claim (a unique constraint, so
// concurrent votes never duplicate), changeable and removable.
import type { PrismaClient } from "../../db.ts";
import {
  type Agreement,
  assertValidClaimVote,
  type ClaimTally,
  tallyClaimVotes,
} from "../../domain/debate/claim-vote-rules.ts";
import { assertCanPost } from "../../domain/debate/debate-permissions.ts";
import { assertCanVoteOnClaimsInPhase } from "../../domain/debate/phase-rules.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { assertDebateWritable, type DebateAccess } from "../debates/debate-access.ts";
import { eventScope } from "../events/event-scope.ts";
import { recordEvent } from "../events/record-event.ts";

export async function castClaimVote(
  prisma: PrismaClient,
  access: DebateAccess,
  claimId: string,
  vote: { agreement: Agreement; impact: number | null },
) {
  assertCanPost(access);
  assertDebateWritable(access);
  return prisma.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      select: { kind: true, moderation: true, number: true },
    });
    if (claim?.moderation !== "visible") {
      throw new DomainError("BAD_REQUEST", "Only visible claims can be voted on.");
    }
    assertValidClaimVote(claim.kind, vote.impact);
    const debate = await tx.debate.findUniqueOrThrow({
      where: { id: access.debate.id },
      select: { phase: true, claimVotesOnlyInVoting: true },
    });
    assertCanVoteOnClaimsInPhase(debate.phase, debate.claimVotesOnlyInVoting);
    const key = { claimId_userId: { claimId, userId: access.userId } };
    const saved = await tx.claimVote.upsert({
      where: key,
      create: {
        workspaceId: access.debate.workspaceId,
        debateId: access.debate.id,
        claimId,
        userId: access.userId,
        ...vote,
      },
      update: vote,
      select: { agreement: true, impact: true },
    });
    await recordEvent(tx, {
      ...eventScope(access),
      type: "vote.cast",
      subjectId: claimId,
      // Who voted what stays private: tallies may be hidden, and events reach every reader.
      data: { number: claim.number },
    });
    return saved;
  });
}

export async function removeClaimVote(prisma: PrismaClient, access: DebateAccess, claimId: string) {
  assertDebateWritable(access);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.claimVote.deleteMany({ where: { claimId, userId: access.userId } });
    if (count === 0) throw new DomainError("NOT_FOUND", "You have not voted on this claim.");
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { number: true } });
    await recordEvent(tx, {
      ...eventScope(access),
      type: "vote.removed",
      subjectId: claimId,
      data: { number: claim?.number ?? null },
    });
    return { ok: true as const };
  });
}

export type VoteRow = {
  claimId: string;
  userId: string;
  agreement: Agreement;
  impact: number | null;
};

/** Tallies per claim and the viewer's own votes, from a debate's vote rows (live or past). */
export function tallyDebateVotes(votes: readonly VoteRow[], userId: string) {
  const byClaim = new Map<string, { agreement: Agreement; impact: number | null }[]>();
  const mine = new Map<string, { agreement: Agreement; impact: number | null }>();
  for (const vote of votes) {
    const list = byClaim.get(vote.claimId) ?? [];
    list.push(vote);
    byClaim.set(vote.claimId, list);
    if (vote.userId === userId)
      mine.set(vote.claimId, { agreement: vote.agreement, impact: vote.impact });
  }
  const tallies = new Map<string, ClaimTally>();
  for (const [claimId, list] of byClaim) tallies.set(claimId, tallyClaimVotes(list));
  return { tallies, mine };
}
