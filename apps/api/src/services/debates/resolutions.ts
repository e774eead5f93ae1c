// Resolving an objection (conceded, out of scope, duplicate) and reopening
// it. Only one resolution is in force at a time; history is kept.
import type { Db, PrismaClient } from "../../db.ts";
import { assertCanResolve } from "../../domain/debate/debate-permissions.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { eventScope } from "../events/event-scope.ts";
import { recordEvent } from "../events/record-event.ts";
import { assertDebateWritable, type DebateAccess } from "./debate-access.ts";
import { loadClaimForUpdate } from "./load-claim-for-update.ts";

export type ResolutionInput = {
  kind: "conceded" | "out_of_scope" | "duplicate";
  note: string;
  duplicateOfId: string | null;
};

async function targetAuthorOf(db: Db, targetId: string | null): Promise<string | null> {
  if (!targetId) return null;
  const target = await db.claim.findUnique({ where: { id: targetId }, select: { authorId: true } });
  return target?.authorId ?? null;
}

export async function resolveObjection(
  prisma: PrismaClient,
  access: DebateAccess,
  claimId: string,
  input: ResolutionInput,
) {
  assertDebateWritable(access);
  if (input.kind === "duplicate" && !input.duplicateOfId) {
    throw new DomainError("BAD_REQUEST", "Say which claim this objection duplicates.");
  }
  return prisma.$transaction(async (tx) => {
    const claim = await loadClaimForUpdate(tx, claimId);
    if (claim.kind !== "objection")
      throw new DomainError("BAD_REQUEST", "Only objections can be resolved.");
    if (claim.moderation !== "visible") {
      throw new DomainError(
        "CONFLICT",
        `This objection is ${claim.moderation}; it cannot be resolved.`,
      );
    }
    assertCanResolve(access, await targetAuthorOf(tx, claim.targetId));
    if (input.kind === "duplicate") {
      const original = await tx.claim.findUnique({
        where: { id: input.duplicateOfId! },
        select: { id: true, debateId: true },
      });
      if (!original || original.debateId !== claim.debateId || original.id === claim.id) {
        throw new DomainError(
          "BAD_REQUEST",
          "The duplicated claim must be another claim of this debate.",
        );
      }
    }
    const active = await tx.resolution.findFirst({
      where: { claimId, reopenedAt: null },
      select: { kind: true },
    });
    if (active) {
      throw new DomainError(
        "CONFLICT",
        `This objection is already resolved (${active.kind.replace("_", " ")}); reopen it first.`,
      );
    }
    const resolution = await tx.resolution.create({
      data: {
        workspaceId: access.debate.workspaceId,
        debateId: access.debate.id,
        claimId,
        kind: input.kind,
        note: input.note,
        duplicateOfId: input.kind === "duplicate" ? input.duplicateOfId : null,
        resolvedById: access.userId,
      },
      select: { id: true, kind: true, resolvedAt: true },
    });
    await recordEvent(tx, {
      ...eventScope(access),
      type: "objection.resolved",
      subjectId: claimId,
      data: { number: claim.number, kind: input.kind, note: input.note },
    });
    return resolution;
  });
}

export async function reopenObjection(prisma: PrismaClient, access: DebateAccess, claimId: string) {
  assertDebateWritable(access);
  return prisma.$transaction(async (tx) => {
    const claim = await loadClaimForUpdate(tx, claimId);
    assertCanResolve(access, await targetAuthorOf(tx, claim.targetId));
    const { count } = await tx.resolution.updateMany({
      where: { claimId, reopenedAt: null },
      data: { reopenedAt: new Date(), reopenedById: access.userId },
    });
    if (count === 0)
      throw new DomainError(
        "CONFLICT",
        "This objection is not resolved, so there is nothing to reopen.",
      );
    // Open pages show the objection unanswered again at once (a live delta).
    await recordEvent(tx, {
      ...eventScope(access),
      type: "objection.reopened",
      subjectId: claimId,
      data: { number: claim.number },
    });
    return { id: claimId };
  });
}
