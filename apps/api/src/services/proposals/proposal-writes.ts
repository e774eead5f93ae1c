// Putting a proposal to the group, and closing it (early, or at its
// deadline by the scheduler). Closing computes and keeps the tally.
import type { Prisma, PrismaClient } from "../../db.ts";
import { assertCanModerate, assertCanPost } from "../../domain/debate/debate-permissions.ts";
import { assertCanProposeInPhase } from "../../domain/debate/phase-rules.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { hasAtLeastRole } from "../../domain/roles.ts";
import type { ProposalMethod, ProposalOption } from "../../domain/voting/index.ts";
import { assertDebateWritable, type DebateAccess } from "../debates/debate-access.ts";
import { eventScope } from "../events/event-scope.ts";
import { recordEvent } from "../events/record-event.ts";
import { type IdempotentRequest, transactionOnce } from "../idempotency/idempotent-create.ts";
import { isProposalOpen, loadProposal, proposalSelect } from "./proposal-access.ts";
import { readOptions } from "./proposal-json.ts";
import { tallyProposal } from "./proposal-tally.ts";

export type ProposalInput = {
  title: string;
  description: string;
  method: ProposalMethod;
  options: string[];
  closesAt: Date;
  quorum: number | null;
  scoreMax: number;
  dots: number;
  /** Whether this debate's guests vote on it (members only by default). */
  guestsMayVote: boolean;
};

export async function createProposal(
  prisma: PrismaClient,
  access: DebateAccess,
  input: ProposalInput,
  once: IdempotentRequest | null = null,
) {
  assertDebateWritable(access);
  const debate = await prisma.debate.findUniqueOrThrow({
    where: { id: access.debate.id },
    select: { membersMayPropose: true },
  });
  if (debate.membersMayPropose) assertCanPost(access);
  else if (!hasAtLeastRole(access.role, "facilitator"))
    assertCanModerate(access, "put proposals to the group");
  assertCanProposeInPhase(access.debate.phase, access.role);
  if (input.closesAt <= new Date())
    throw new DomainError("BAD_REQUEST", "The closing time must be in the future.");
  const needsOptions = input.method !== "consent";
  if (needsOptions && input.options.length < 2) {
    throw new DomainError("BAD_REQUEST", "Give at least two options to choose between.");
  }
  if (new Set(input.options.map((o) => o.toLowerCase())).size !== input.options.length) {
    throw new DomainError("BAD_REQUEST", "Each option must be different.");
  }
  const options = needsOptions ? input.options.map((label, i) => ({ id: `o${i + 1}`, label })) : [];
  return transactionOnce(prisma, once, async (tx) => {
    const { claimCount } = await tx.debate.update({
      where: { id: access.debate.id },
      data: { claimCount: { increment: 1 } },
      select: { claimCount: true },
    });
    const body = input.description ? `${input.title}\n\n${input.description}` : input.title;
    const scope = { workspaceId: access.debate.workspaceId, debateId: access.debate.id };
    const claim = await tx.claim.create({
      data: {
        ...scope,
        number: claimCount,
        kind: "proposal",
        authorId: access.userId,
        body,
        revisions: { create: { ...scope, revision: 1, body, editorId: access.userId } },
      },
      select: { id: true },
    });
    const proposal = await tx.proposal.create({
      data: {
        ...scope,
        claimId: claim.id,
        title: input.title,
        method: input.method,
        options,
        scoreMax: input.scoreMax,
        dots: input.dots,
        quorum: input.quorum,
        guestsMayVote: input.guestsMayVote,
        closesAt: input.closesAt,
        createdById: access.userId,
      },
      select: proposalSelect,
    });
    await recordEvent(tx, {
      ...eventScope(access),
      type: "proposal.opened",
      subjectId: proposal.id,
      data: {
        title: input.title,
        method: input.method,
        closesAt: input.closesAt.toISOString(),
        guestsMayVote: input.guestsMayVote,
      },
    });
    return proposal;
  });
}

/** Closes one open proposal inside `tx`; returns false when it was already closed. */
async function closeInTransaction(
  tx: Prisma.TransactionClient,
  proposalId: string,
  actorId: string | null,
  reason: "deadline" | "early",
): Promise<boolean> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Proposal" WHERE "id" = ${proposalId}::uuid AND "closedAt" IS NULL FOR UPDATE`;
  if (locked.length === 0) return false;
  const proposal = await tx.proposal.findUniqueOrThrow({
    where: { id: proposalId },
    select: proposalSelect,
  });
  const tally = await tallyProposal(tx, proposal);
  const result = JSON.parse(JSON.stringify(tally)) as Prisma.InputJsonValue;
  await tx.proposal.update({ where: { id: proposalId }, data: { closedAt: new Date(), result } });
  await recordEvent(tx, {
    workspaceId: proposal.workspaceId,
    debateId: proposal.debateId,
    actorId,
    type: "proposal.closed",
    subjectId: proposalId,
    // The feed names the proposal and what it chose, even after the proposal is gone.
    data: {
      reason,
      outcome: tally.outcome,
      title: proposal.title,
      winners: winnerLabels(tally, readOptions(proposal.options)),
    },
  });
  return true;
}

export async function closeProposalEarly(
  prisma: PrismaClient,
  access: DebateAccess,
  proposalId: string,
) {
  assertCanModerate(access, "close proposals");
  assertDebateWritable(access);
  const proposal = await loadProposal(prisma, proposalId, access.debate.id);
  if (proposal.closedAt) throw new DomainError("CONFLICT", "This proposal is already closed.");
  const closed = await prisma.$transaction((tx) =>
    closeInTransaction(tx, proposalId, access.userId, "early"),
  );
  if (!closed) throw new DomainError("CONFLICT", "This proposal is already closed.");
  return loadProposal(prisma, proposalId, access.debate.id);
}

/**
 * Closes every proposal whose deadline has passed. Safe with several API
 * instances: each proposal is closed under a row lock, and only while open.
 */
export async function closeExpiredProposals(
  prisma: PrismaClient,
  now = new Date(),
): Promise<number> {
  const due = await prisma.proposal.findMany({
    where: { closedAt: null, closesAt: { lte: now } },
    select: { id: true },
    take: 100,
  });
  let closed = 0;
  for (const { id } of due) {
    if (await prisma.$transaction((tx) => closeInTransaction(tx, id, null, "deadline")))
      closed += 1;
  }
  return closed;
}

export { isProposalOpen };

/** The labels of the winning options (none for consent, a tie lists several). */
function winnerLabels(tally: object, options: readonly ProposalOption[]): string[] {
  const winners = "winners" in tally && Array.isArray(tally.winners) ? tally.winners : [];
  return winners.map((id) => options.find((o) => o.id === id)?.label ?? String(id));
}
