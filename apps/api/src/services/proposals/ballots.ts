// Casting and changing a ballot until the proposal closes. A consent block
// must be an argument: it creates an objection to the proposal's claim (or
// links an existing one), so it joins the unanswered list.
import type { Prisma, PrismaClient } from "../../db.ts";
import { assertCanPost } from "../../domain/debate/debate-permissions.ts";
import { assertCanPostInPhase } from "../../domain/debate/phase-rules.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { hasAtLeastRole } from "../../domain/roles.ts";
import { type Ballot, ballotRefusal, validateBallot } from "../../domain/voting/index.ts";
import { assertDebateWritable, type DebateAccess } from "../debates/debate-access.ts";
import { isInLockedThread } from "../debates/locked-thread.ts";
import { eventScope } from "../events/event-scope.ts";
import { recordEvent } from "../events/record-event.ts";
import { isProposalOpen, type LoadedProposal, loadProposal, rulesOf } from "./proposal-access.ts";

/** A ballot as a person casts it: whether a block still stands is worked out when counting. */
type CastBallot<B> = B extends { method: "consent" } ? Omit<B, "blockStands"> : B;
export type BallotInput = CastBallot<Ballot> & { existingObjectionId?: string | null };

export async function castBallot(
  prisma: PrismaClient,
  access: DebateAccess,
  proposalId: string,
  input: BallotInput,
) {
  assertCanPost(access);
  assertDebateWritable(access);
  const { existingObjectionId = null, ...cast } = input;
  const ballot = (cast.method === "consent" ? { ...cast, blockStands: true } : cast) as Ballot;
  const proposal = await loadProposal(prisma, proposalId, access.debate.id);
  const refusal = ballotRefusal(access, proposal);
  if (refusal) throw new DomainError("FORBIDDEN", refusal);
  if (!isProposalOpen(proposal)) {
    throw new DomainError("CONFLICT", "This proposal has closed; ballots can no longer change.");
  }
  const problem = validateBallot(rulesOf(proposal), ballot);
  if (problem) throw new DomainError("BAD_REQUEST", problem);
  // A block posts or links an objection: the phase's posting rules apply.
  if (ballot.method === "consent" && ballot.choice === "block")
    assertCanPostInPhase(access.debate.phase, "objection", access.role);
  const reason = ballot.method === "consent" ? ballot.reason?.trim() || null : null;
  return prisma.$transaction(async (tx) => {
    // Re-check under the lock: the scheduler may be closing it right now.
    const [row] = await tx.$queryRaw<{ closedAt: Date | null }[]>`
      SELECT "closedAt" FROM "Proposal" WHERE "id" = ${proposalId}::uuid FOR SHARE`;
    if (row?.closedAt)
      throw new DomainError("CONFLICT", "This proposal has closed; ballots can no longer change.");
    // And on its claim, which an edit locks for update: a ballot and an edit of
    // the proposal's words cannot cross (its words freeze at the first ballot).
    await tx.$queryRaw`SELECT 1 FROM "Claim" WHERE "id" = ${proposal.claimId}::uuid FOR SHARE`;
    const objectionId =
      ballot.method === "consent" && ballot.choice === "block"
        ? await blockObjection(
            tx,
            access,
            proposal,
            reason ?? "",
            existingObjectionId ?? (await ownEarlierBlock(tx, proposalId, access.userId)),
          )
        : null;
    const choice = JSON.parse(JSON.stringify(ballot)) as Prisma.InputJsonValue;
    const key = { proposalId_userId: { proposalId, userId: access.userId } };
    await tx.ballot.upsert({
      where: key,
      create: {
        workspaceId: access.debate.workspaceId,
        proposalId,
        userId: access.userId,
        choice,
        reason,
        objectionId,
      },
      update: { choice, reason, objectionId },
    });
    await recordEvent(tx, {
      ...eventScope(access),
      type: "ballot.cast",
      subjectId: proposalId,
      data: {
        method: ballot.method,
        title: proposal.title,
        ...(objectionId ? { blockObjectionId: objectionId } : {}),
      },
    });
    return { objectionId };
  });
}

async function blockObjection(
  tx: Prisma.TransactionClient,
  access: DebateAccess,
  proposal: LoadedProposal,
  reason: string,
  existingObjectionId: string | null,
): Promise<string> {
  const scope = { workspaceId: access.debate.workspaceId, debateId: access.debate.id };
  // Like a reply or a link, a block adds to the proposal's thread: not when locked.
  if (await isInLockedThread(tx, proposal.claimId))
    throw new DomainError(
      "CONFLICT",
      "This thread is locked by a facilitator: it takes no new replies.",
    );
  if (existingObjectionId) {
    const objection = await tx.claim.findUnique({
      where: { id: existingObjectionId },
      select: {
        id: true,
        debateId: true,
        kind: true,
        targetId: true,
        moderation: true,
        authorId: true,
      },
    });
    if (!objection || objection.debateId !== access.debate.id || objection.kind !== "objection") {
      throw new DomainError(
        "BAD_REQUEST",
        "A block can only point to an objection in this debate.",
      );
    }
    if (objection.moderation !== "visible")
      throw new DomainError("BAD_REQUEST", "That objection is not visible.");
    // Citing an objection already on the proposal moves nothing; linking one
    // from elsewhere follows the rule of linking claims: its author or a facilitator.
    const key = { fromId: objection.id, toId: proposal.claimId };
    const linked =
      objection.targetId === proposal.claimId ||
      (await tx.claimLink.findUnique({ where: { fromId_toId: key }, select: { id: true } }));
    if (!linked) {
      if (objection.authorId !== access.userId && !hasAtLeastRole(access.role, "facilitator"))
        throw new DomainError("FORBIDDEN", "Only the author or a facilitator can link this claim.");
      await tx.claimLink.create({ data: { ...scope, ...key, createdById: access.userId } });
    }
    return objection.id;
  }
  const { claimCount } = await tx.debate.update({
    where: { id: access.debate.id },
    data: { claimCount: { increment: 1 } },
    select: { claimCount: true },
  });
  const claim = await tx.claim.create({
    data: {
      ...scope,
      number: claimCount,
      kind: "objection",
      targetId: proposal.claimId,
      authorId: access.userId,
      body: reason,
      revisions: { create: { ...scope, revision: 1, body: reason, editorId: access.userId } },
    },
    select: { id: true, number: true },
  });
  await recordEvent(tx, {
    ...eventScope(access),
    type: "claim.posted",
    subjectId: claim.id,
    data: {
      number: claim.number,
      kind: "objection",
      targetId: proposal.claimId,
      body: reason,
      block: true,
    },
  });
  return claim.id;
}

/**
 * The objection this person's current ballot already blocks with, if it is
 * still theirs and visible: casting the block again reuses it rather than
 * leaving an orphan objection behind.
 */
async function ownEarlierBlock(
  tx: Prisma.TransactionClient,
  proposalId: string,
  userId: string,
): Promise<string | null> {
  const earlier = await tx.ballot.findUnique({
    where: { proposalId_userId: { proposalId, userId } },
    select: { objection: { select: { id: true, authorId: true, moderation: true } } },
  });
  const objection = earlier?.objection;
  return objection && objection.authorId === userId && objection.moderation === "visible"
    ? objection.id
    : null;
}
