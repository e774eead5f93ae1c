// The guests of a debate, as the facilitator sees them; removing a guest
// ends their sessions and their access.
import type { PrismaClient } from "../../db.ts";
import { assertCanModerate } from "../../domain/debate/debate-permissions.ts";
import { DomainError } from "../../domain/domain-error.ts";
import type { DebateAccess } from "../debates/debate-access.ts";
import { recordEvent } from "../events/record-event.ts";

export function listGuests(prisma: PrismaClient, access: DebateAccess) {
  assertCanModerate(access, "see guests");
  return prisma.guestGrant.findMany({
    where: { debateId: access.debate.id },
    orderBy: { createdAt: "asc" },
    select: {
      role: true,
      createdAt: true,
      removedAt: true,
      user: { select: { id: true, displayName: true } },
    },
  });
}

export async function removeGuest(prisma: PrismaClient, access: DebateAccess, guestUserId: string) {
  assertCanModerate(access, "remove guests");
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.guestGrant.updateMany({
      where: { debateId: access.debate.id, userId: guestUserId, removedAt: null },
      data: { removedAt: new Date() },
    });
    if (count === 0) throw new DomainError("NOT_FOUND", "No such guest in this debate.");
    await tx.session.deleteMany({ where: { userId: guestUserId } });
    const guest = await tx.user.findUnique({
      where: { id: guestUserId },
      select: { displayName: true },
    });
    // The name is hidden like actors are in anonymous debates (presentEvent).
    await recordEvent(tx, {
      workspaceId: access.debate.workspaceId,
      debateId: access.debate.id,
      actorId: access.userId,
      type: "guest.removed",
      subjectId: guestUserId,
      data: { displayName: guest?.displayName ?? null },
    });
    return { ok: true as const };
  });
}
