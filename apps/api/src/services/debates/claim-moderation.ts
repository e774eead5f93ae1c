// Facilitators' moderation: hide, restore, merge a duplicate into the claim
// that is kept (its replies and links move there).
import type { Prisma, PrismaClient } from "../../db.ts";
import { assertCanModerate } from "../../domain/debate/debate-permissions.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { eventScope } from "../events/event-scope.ts";
import { recordEvent } from "../events/record-event.ts";
import { assertDebateWritable, type DebateAccess } from "./debate-access.ts";
import { loadClaimForUpdate } from "./load-claim-for-update.ts";

export async function setClaimHidden(
  prisma: PrismaClient,
  access: DebateAccess,
  claimId: string,
  hidden: boolean,
) {
  assertCanModerate(access, hidden ? "hide claims" : "restore claims");
  assertDebateWritable(access);
  return prisma.$transaction(async (tx) => {
    const claim = await loadClaimForUpdate(tx, claimId);
    if (hidden && claim.moderation !== "visible") {
      throw new DomainError("CONFLICT", `This claim is already ${claim.moderation}.`);
    }
    if (!hidden && claim.moderation !== "hidden") {
      throw new DomainError(
        "CONFLICT",
        `Only hidden claims can be restored; this one is ${claim.moderation}.`,
      );
    }
    await tx.claim.update({
      where: { id: claimId },
      data: { moderation: hidden ? "hidden" : "visible" },
    });
    await recordEvent(tx, {
      ...eventScope(access),
      type: hidden ? "claim.hidden" : "claim.restored",
      subjectId: claimId,
      data: { number: claim.number },
    });
    return { id: claimId, moderation: hidden ? ("hidden" as const) : ("visible" as const) };
  });
}

export async function mergeClaim(
  prisma: PrismaClient,
  access: DebateAccess,
  claimId: string,
  intoId: string,
) {
  assertCanModerate(access, "merge claims");
  assertDebateWritable(access);
  if (claimId === intoId)
    throw new DomainError("BAD_REQUEST", "A claim cannot be merged into itself.");
  return prisma.$transaction(async (tx) => {
    // Lock both rows in a fixed order so two opposite merges cannot deadlock.
    const [first, second] = [claimId, intoId].sort();
    const a = await loadClaimForUpdate(tx, first!);
    const b = await loadClaimForUpdate(tx, second!);
    const merged = a.id === claimId ? a : b;
    const kept = a.id === claimId ? b : a;
    if (merged.debateId !== access.debate.id || kept.debateId !== access.debate.id) {
      throw new DomainError("BAD_REQUEST", "Both claims must belong to this debate.");
    }
    if (merged.moderation !== "visible" || kept.moderation !== "visible") {
      throw new DomainError("CONFLICT", "Only visible claims can be merged.");
    }
    if (merged.kind !== kept.kind) {
      throw new DomainError(
        "BAD_REQUEST",
        `${merged.kind === "objection" ? "An" : "A"} ${merged.kind} can only be merged into another ${merged.kind}.`,
      );
    }
    if (await isDescendantOf(tx, kept.id, merged.id)) {
      throw new DomainError("BAD_REQUEST", "A claim cannot be merged into one of its own replies.");
    }
    // Replies follow the kept claim, and so do votes (one per person: a
    // person who voted on both keeps their vote on the kept claim).
    await tx.claim.updateMany({ where: { targetId: merged.id }, data: { targetId: kept.id } });
    await tx.$executeRaw`
      UPDATE "ClaimVote" SET "claimId" = ${kept.id}::uuid
      WHERE "claimId" = ${merged.id}::uuid
        AND "userId" NOT IN (SELECT "userId" FROM "ClaimVote" WHERE "claimId" = ${kept.id}::uuid)`;
    await tx.claimVote.deleteMany({ where: { claimId: merged.id } });
    // Links move too, unless the kept claim already has them or they would point at itself.
    const links = await tx.claimLink.findMany({
      where: { OR: [{ fromId: merged.id }, { toId: merged.id }] },
      select: { id: true, fromId: true, toId: true },
    });
    for (const link of links) {
      const fromId = link.fromId === merged.id ? kept.id : link.fromId;
      const toId = link.toId === merged.id ? kept.id : link.toId;
      const fromTarget =
        fromId === kept.id
          ? kept.targetId
          : (await tx.claim.findUnique({ where: { id: fromId }, select: { targetId: true } }))
              ?.targetId;
      const duplicate =
        fromId === toId ||
        fromTarget === toId ||
        (await tx.claimLink.findUnique({
          where: { fromId_toId: { fromId, toId } },
          select: { id: true },
        }));
      if (duplicate) await tx.claimLink.delete({ where: { id: link.id } });
      else await tx.claimLink.update({ where: { id: link.id }, data: { fromId, toId } });
    }
    await tx.claim.update({
      where: { id: merged.id },
      data: { moderation: "merged", mergedIntoId: kept.id },
    });
    await recordEvent(tx, {
      ...eventScope(access),
      type: "claim.merged",
      subjectId: merged.id,
      data: { number: merged.number, keptId: kept.id, keptNumber: kept.number },
    });
    return { mergedId: merged.id, keptId: kept.id, keptNumber: kept.number };
  });
}

/** Whether `claimId` sits somewhere beneath `ancestorId` in the reply tree. */
async function isDescendantOf(
  tx: Prisma.TransactionClient,
  claimId: string,
  ancestorId: string,
): Promise<boolean> {
  const rows = await tx.$queryRaw<{ found: boolean }[]>`
    WITH RECURSIVE chain AS (
      SELECT "id", "targetId", 0 AS depth FROM "Claim" WHERE "id" = ${claimId}::uuid
      UNION ALL
      SELECT c."id", c."targetId", chain.depth + 1 FROM "Claim" c JOIN chain ON c."id" = chain."targetId"
      WHERE chain.depth < 10000
    )
    SELECT EXISTS (SELECT 1 FROM chain WHERE "id" = ${ancestorId}::uuid AND depth > 0) AS found`;
  return rows[0]?.found ?? false;
}
