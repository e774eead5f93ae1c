// Guests: the facilitator opens a join code for a debate; a guest enters a
// display name only and gets a session limited to that debate, with the role
// the facilitator chose. Closing the code stops new guests; removing a guest
// ends their sessions.
import type { PrismaClient } from "../../db.ts";
import { isUniqueViolation } from "../../db-errors.ts";
import { assertCanModerate } from "../../domain/debate/debate-permissions.ts";
import { makeJoinCode, normaliseJoinCode } from "../../domain/debate/join-code.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { assertDebateWritable, type DebateAccess } from "../debates/debate-access.ts";
import { recordEvent } from "../events/record-event.ts";
import { consumeRateLimit, type RateLimitRule } from "../rate-limits.ts";

const GUEST_JOINS_PER_IP: RateLimitRule = {
  name: "guest-join:ip",
  limit: 120,
  windowMs: 60 * 60_000,
};
const CODE_NOT_VALID = "This join code is not valid, or the facilitator has closed it.";

const scopeOf = (access: DebateAccess) => ({
  workspaceId: access.debate.workspaceId,
  debateId: access.debate.id,
  actorId: access.userId,
});

export async function openJoinCode(
  prisma: PrismaClient,
  access: DebateAccess,
  role: "member" | "observer",
) {
  assertCanModerate(access, "let guests join");
  assertDebateWritable(access);
  // Codes are short: on the rare clash with an earlier code, draw another.
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await prisma.$transaction(async (tx) => {
        await tx.debateJoinCode.updateMany({
          where: { debateId: access.debate.id, closedAt: null },
          data: { closedAt: new Date() },
        });
        const joinCode = await tx.debateJoinCode.create({
          data: {
            workspaceId: access.debate.workspaceId,
            debateId: access.debate.id,
            code: makeJoinCode(crypto.getRandomValues(new Uint8Array(6))),
            role,
            createdById: access.userId,
          },
          select: { code: true, role: true, createdAt: true },
        });
        await recordEvent(tx, {
          ...scopeOf(access),
          type: "join_code.opened",
          subjectId: access.debate.id,
          data: { role },
        });
        return joinCode;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new DomainError("CONFLICT", "Could not draw a free join code; try again.");
}

export async function closeJoinCode(prisma: PrismaClient, access: DebateAccess) {
  assertCanModerate(access, "close the join code");
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.debateJoinCode.updateMany({
      where: { debateId: access.debate.id, closedAt: null },
      data: { closedAt: new Date() },
    });
    if (count === 0) throw new DomainError("CONFLICT", "There is no open join code to close.");
    await recordEvent(tx, {
      ...scopeOf(access),
      type: "join_code.closed",
      subjectId: access.debate.id,
    });
    return { ok: true as const };
  });
}

export function currentJoinCode(prisma: PrismaClient, access: DebateAccess) {
  return prisma.debateJoinCode.findFirst({
    where: { debateId: access.debate.id, closedAt: null },
    select: { code: true, role: true, createdAt: true },
  });
}

async function findOpenCode(prisma: PrismaClient, code: string) {
  const joinCode = await prisma.debateJoinCode.findUnique({
    where: { code: normaliseJoinCode(code) },
    select: {
      id: true,
      role: true,
      closedAt: true,
      workspaceId: true,
      debate: {
        select: {
          id: true,
          question: true,
          phase: true,
          workspace: { select: { slug: true, name: true } },
        },
      },
    },
  });
  if (!joinCode || joinCode.closedAt || joinCode.debate.phase === "archived") {
    throw new DomainError("NOT_FOUND", CODE_NOT_VALID);
  }
  return joinCode;
}

const CODE_PREVIEWS_PER_IP: RateLimitRule = {
  name: "join-preview:ip",
  limit: 300,
  windowMs: 60 * 60_000,
};

export async function previewJoinCode(prisma: PrismaClient, code: string, ipAddress: string) {
  // Codes are short; limiting look-ups keeps guessing them slow.
  const limit = await consumeRateLimit(prisma, CODE_PREVIEWS_PER_IP, ipAddress);
  if (!limit.allowed)
    throw new DomainError(
      "TOO_MANY_REQUESTS",
      "Too many join codes tried from here. Try again later.",
    );
  const joinCode = await findOpenCode(prisma, code);
  return {
    question: joinCode.debate.question,
    workspaceName: joinCode.debate.workspace.name,
    role: joinCode.role,
  };
}

export async function joinAsGuest(
  prisma: PrismaClient,
  code: string,
  displayName: string,
  ipAddress: string,
) {
  const limit = await consumeRateLimit(prisma, GUEST_JOINS_PER_IP, ipAddress);
  if (!limit.allowed)
    throw new DomainError(
      "TOO_MANY_REQUESTS",
      "Too many guests joined from here. Try again later.",
    );
  const joinCode = await findOpenCode(prisma, code);
  return prisma.$transaction(async (tx) => {
    const guestId = crypto.randomUUID();
    await tx.user.create({
      data: {
        id: guestId,
        // Guests have no email or password; these values can never sign in.
        email: `guest-${guestId}@guests.steelman.invalid`,
        displayName,
        passwordHash: "!guest",
        isGuest: true,
        guestGrant: {
          create: {
            workspaceId: joinCode.workspaceId,
            debateId: joinCode.debate.id,
            role: joinCode.role,
            joinCodeId: joinCode.id,
          },
        },
      },
    });
    await recordEvent(tx, {
      workspaceId: joinCode.workspaceId,
      debateId: joinCode.debate.id,
      actorId: guestId,
      type: "guest.joined",
      subjectId: guestId,
      data: { displayName, role: joinCode.role },
    });
    return {
      userId: guestId,
      debateId: joinCode.debate.id,
      workspaceSlug: joinCode.debate.workspace.slug,
    };
  });
}

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
      ...scopeOf(access),
      type: "guest.removed",
      subjectId: guestUserId,
      data: { displayName: guest?.displayName ?? null },
    });
    return { ok: true as const };
  });
}
