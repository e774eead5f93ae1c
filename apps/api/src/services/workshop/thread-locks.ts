// Locking a thread: no new replies beneath a claim until it is unlocked.
import type { PrismaClient } from "../../db.ts";
import { assertCanModerate } from "../../domain/debate/debate-permissions.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { assertDebateWritable, type DebateAccess } from "../debates/debate-access.ts";
import { loadClaimForUpdate } from "../debates/load-claim-for-update.ts";
import { eventScope } from "../events/event-scope.ts";
import { recordEvent } from "../events/record-event.ts";

export async function setThreadLocked(
  prisma: PrismaClient,
  access: DebateAccess,
  claimId: string,
  locked: boolean,
) {
  assertCanModerate(access, locked ? "lock threads" : "unlock threads");
  assertDebateWritable(access);
  return prisma.$transaction(async (tx) => {
    const claim = await loadClaimForUpdate(tx, claimId);
    const current = await tx.claim.findUniqueOrThrow({
      where: { id: claimId },
      select: { lockedAt: true },
    });
    if (locked === (current.lockedAt !== null)) {
      throw new DomainError(
        "CONFLICT",
        locked ? "This thread is already locked." : "This thread is not locked.",
      );
    }
    await tx.claim.update({
      where: { id: claimId },
      data: { lockedAt: locked ? new Date() : null },
    });
    await recordEvent(tx, {
      ...eventScope(access),
      type: locked ? "thread.locked" : "thread.unlocked",
      subjectId: claimId,
      data: { number: claim.number },
    });
    return { id: claimId, locked };
  });
}
