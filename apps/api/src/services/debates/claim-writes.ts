// Posting, editing, withdrawing and linking claims. Each change is one
// transaction; a rejected change stores nothing.
import type { Db, Prisma, PrismaClient } from "../../db.ts";
import {
  assertValidLink,
  assertValidTarget,
  type PostableClaimKind,
} from "../../domain/debate/claim-rules.ts";
import {
  assertCanEditClaim,
  assertCanLinkClaim,
  assertCanPost,
  assertCanUnlinkClaim,
  assertCanWithdraw,
} from "../../domain/debate/debate-permissions.ts";
import { assertCanPostInPhase } from "../../domain/debate/phase-rules.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { eventScope } from "../events/event-scope.ts";
import { recordEvent } from "../events/record-event.ts";
import { type IdempotentRequest, idempotencyKeyRow } from "../idempotency/idempotent-create.ts";
import { mentionsAddedByEdit, mentionsInNewClaim } from "./claim-mentions.ts";
import { assertDebateWritable, type DebateAccess } from "./debate-access.ts";
import { firstPostedClaim } from "./first-posted-claim.ts";
import { insertClaimWithEvent, type NewClaim } from "./insert-claim.ts";
import { loadClaimForUpdate } from "./load-claim-for-update.ts";
import { isInLockedThread } from "./locked-thread.ts";

export async function postClaim(
  prisma: PrismaClient,
  access: DebateAccess,
  input: PostInput,
  once: IdempotentRequest | null = null,
) {
  assertCanPost(access);
  assertDebateWritable(access);
  assertCanPostInPhase(access.debate.phase, input.kind, access.role);
  // One statement, committed as it runs: the debate's counter lock is held
  // for that statement alone, not across a round trip to this process for
  // the COMMIT (which, with twenty people posting, capped a debate at about
  // a hundred posts a second). The checks before it only read.
  const key = once ? idempotencyKeyRow(once) : null;
  const claim = await checkedNewClaim(prisma, access, input);
  const posted = await insertClaimWithEvent(prisma, claim, key);
  return posted ?? firstPostedClaim(prisma, key!);
}

type PostInput = {
  kind: PostableClaimKind;
  targetId: string | null;
  body: string;
  mentions?: string[] | undefined;
};

/** The claim to insert, once its target, thread and mentions are checked (reads only). */
async function checkedNewClaim(db: Db, access: DebateAccess, input: PostInput): Promise<NewClaim> {
  const { debate } = access;
  const target = input.targetId
    ? await db.claim.findFirst({
        // A claim of another workspace "does not exist" for this caller.
        where: { id: input.targetId, workspaceId: debate.workspaceId },
        select: { debateId: true, moderation: true },
      })
    : null;
  assertValidTarget(input.kind, debate.id, target, input.targetId !== null);
  if (input.targetId && (await isInLockedThread(db, input.targetId))) {
    throw new DomainError(
      "CONFLICT",
      "This thread is locked by a facilitator: it takes no new replies.",
    );
  }
  const mentionedIds = await mentionsInNewClaim(
    db,
    debate.workspaceId,
    access.userId,
    input.body,
    input.mentions,
  );
  return {
    workspaceId: debate.workspaceId,
    debateId: debate.id,
    authorId: access.userId,
    kind: input.kind,
    targetId: input.targetId,
    body: input.body,
    mentionedIds,
  };
}

export async function editClaim(
  prisma: PrismaClient,
  access: DebateAccess,
  claimId: string,
  body: string,
  mentions: string[] = [],
) {
  assertDebateWritable(access);
  return prisma.$transaction(async (tx) => {
    const claim = await loadClaimForUpdate(tx, claimId);
    assertCanEditClaim(access, claim.authorId);
    if (claim.moderation !== "visible") {
      throw new DomainError(
        "CONFLICT",
        `This claim is ${claim.moderation}; it can no longer be edited.`,
      );
    }
    if (claim.body === body) return { id: claim.id, revision: null };
    await assertProposalWordsOpen(tx, claimId);
    const mentionedIds = await mentionsAddedByEdit(
      tx,
      access.debate.workspaceId,
      access.userId,
      { before: claim.body, after: body },
      mentions,
    );
    const revisions = await tx.claimRevision.count({ where: { claimId } });
    await tx.claim.update({ where: { id: claimId }, data: { body } });
    await tx.claimRevision.create({
      data: {
        workspaceId: access.debate.workspaceId,
        debateId: access.debate.id,
        claimId,
        revision: revisions + 1,
        body,
        editorId: access.userId,
      },
    });
    await recordEvent(tx, {
      ...eventScope(access),
      type: "claim.edited",
      subjectId: claim.id,
      data: {
        number: claim.number,
        before: claim.body,
        after: body,
        revision: revisions + 1,
        ...(mentionedIds.length > 0 ? { mentionedIds } : {}),
      },
    });
    return { id: claim.id, revision: revisions + 1 };
  });
}

export async function withdrawClaim(prisma: PrismaClient, access: DebateAccess, claimId: string) {
  assertDebateWritable(access);
  return prisma.$transaction(async (tx) => {
    const claim = await loadClaimForUpdate(tx, claimId);
    assertCanWithdraw(access, claim.authorId);
    if (claim.moderation !== "visible") {
      throw new DomainError("CONFLICT", `This claim is already ${claim.moderation}.`);
    }
    await tx.claim.update({ where: { id: claimId }, data: { moderation: "withdrawn" } });
    await recordEvent(tx, {
      ...eventScope(access),
      type: "claim.withdrawn",
      subjectId: claimId,
      data: { number: claim.number },
    });
    return { id: claimId };
  });
}

export async function linkClaims(
  prisma: PrismaClient,
  access: DebateAccess,
  fromId: string,
  toId: string,
) {
  assertCanPost(access);
  assertDebateWritable(access);
  return prisma.$transaction(async (tx) => {
    const from = await loadClaimForUpdate(tx, fromId);
    assertCanLinkClaim(access, from.authorId);
    const to = await tx.claim.findFirst({
      where: { id: toId, workspaceId: access.debate.workspaceId },
      select: { id: true, debateId: true, moderation: true },
    });
    const existing = await tx.claimLink.findUnique({
      where: { fromId_toId: { fromId, toId } },
      select: { id: true },
    });
    assertValidLink({ from, to, alreadyLinked: existing !== null });
    const link = await tx.claimLink.create({
      data: {
        workspaceId: access.debate.workspaceId,
        debateId: access.debate.id,
        fromId,
        toId,
        createdById: access.userId,
      },
      select: { id: true, fromId: true, toId: true },
    });
    await recordEvent(tx, {
      ...eventScope(access),
      type: "claim.linked",
      subjectId: fromId,
      data: { fromId, toId },
    });
    return link;
  });
}

export async function unlinkClaims(
  prisma: PrismaClient,
  access: DebateAccess,
  fromId: string,
  toId: string,
) {
  assertDebateWritable(access);
  const link = await prisma.claimLink.findUnique({
    where: { fromId_toId: { fromId, toId } },
    select: { id: true, debateId: true, from: { select: { authorId: true } } },
  });
  if (!link || link.debateId !== access.debate.id) {
    throw new DomainError("NOT_FOUND", "These two claims are not linked.");
  }
  assertCanUnlinkClaim(access, link.from.authorId);
  await prisma.$transaction(async (tx) => {
    await tx.claimLink.delete({ where: { id: link.id } });
    await recordEvent(tx, {
      ...eventScope(access),
      type: "claim.unlinked",
      subjectId: fromId,
      data: { fromId, toId },
    });
  });
  return { ok: true as const };
}

/**
 * A proposal's words are what people voted on: once the first ballot is cast,
 * the claim that carries them can no longer be edited.
 */
async function assertProposalWordsOpen(tx: Prisma.TransactionClient, claimId: string) {
  const proposal = await tx.proposal.findUnique({
    where: { claimId },
    select: { _count: { select: { ballots: true } } },
  });
  if (proposal && proposal._count.ballots > 0) {
    throw new DomainError(
      "CONFLICT",
      "People have voted on this proposal, so its words can no longer change.",
    );
  }
}
