// Reads a claim for a change to it, holding its row lock until the
// transaction ends: concurrent edits, resolutions and merges of one claim queue up.
import type { Prisma } from "../../db.ts";
import { DomainError } from "../../domain/domain-error.ts";

const CLAIM_NOT_FOUND = "Claim not found in this debate.";

export async function loadClaimForUpdate(tx: Prisma.TransactionClient, claimId: string) {
  // Row lock: concurrent edits, resolutions and merges of one claim queue up.
  await tx.$queryRaw`SELECT 1 FROM "Claim" WHERE "id" = ${claimId}::uuid FOR UPDATE`;
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: {
      id: true,
      debateId: true,
      kind: true,
      targetId: true,
      authorId: true,
      body: true,
      moderation: true,
      number: true,
    },
  });
  if (!claim) throw new DomainError("NOT_FOUND", CLAIM_NOT_FOUND);
  return claim;
}
