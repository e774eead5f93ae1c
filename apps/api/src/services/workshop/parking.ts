// Parking: a facilitator sets an unanswered objection aside with a reason (the
// gate before voting asks for it). The objection stays open and counted; it
// reads "Parked" with its reason until a facilitator unparks it.
import type { Db, PrismaClient } from "../../db.ts";
import { assertCanModerate } from "../../domain/debate/debate-permissions.ts";
import type { Park } from "../../domain/debate/phase-rules.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { assertDebateWritable, type DebateAccess } from "../debates/debate-access.ts";
import { loadClaimForUpdate } from "../debates/load-claim-for-update.ts";
import { eventScope } from "../events/event-scope.ts";
import { recordEvent } from "../events/record-event.ts";

/** Stores each park on its objection and writes its event; call inside the caller's transaction. */
export async function storeParks(
  tx: Db,
  access: DebateAccess,
  parks: readonly Park[],
  numberOf: ReadonlyMap<string, number>,
  now: Date,
) {
  for (const park of parks) {
    const reason = park.reason.trim();
    await tx.claim.update({
      where: { id: park.claimId },
      data: { parkedAt: now, parkReason: reason, parkedById: access.userId },
    });
    await recordEvent(tx, {
      ...eventScope(access),
      type: "objection.parked",
      subjectId: park.claimId,
      data: { number: numberOf.get(park.claimId) ?? null, reason },
    });
  }
}

export async function unparkObjection(prisma: PrismaClient, access: DebateAccess, claimId: string) {
  assertCanModerate(access, "unpark objections");
  assertDebateWritable(access);
  return prisma.$transaction(async (tx) => {
    const claim = await loadClaimForUpdate(tx, claimId);
    const { parkedAt } = await tx.claim.findUniqueOrThrow({
      where: { id: claimId },
      select: { parkedAt: true },
    });
    if (parkedAt === null) throw new DomainError("CONFLICT", "This objection is not parked.");
    await tx.claim.update({
      where: { id: claimId },
      data: { parkedAt: null, parkReason: null, parkedById: null },
    });
    await recordEvent(tx, {
      ...eventScope(access),
      type: "objection.unparked",
      subjectId: claimId,
      data: { number: claim.number },
    });
    return { id: claimId, parked: false };
  });
}
