// Joining by code: a person types the room's join code with a display name
// only and gets a session limited to that debate, with the role the code
// carries. A code admits people, not ballots: the same browser (its session)
// resumes the same guest, and a signed-in member takes part as themselves.
import type { PrismaClient } from "../../db.ts";
import {
  JOIN_CODE_REFUSALS,
  joinCodeRefusal,
  normaliseJoinCode,
} from "../../domain/debate/join-code.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { recordEvent } from "../events/record-event.ts";
import { consumeRateLimit, type RateLimitRule } from "../rate-limits.ts";
import type { SessionUser } from "../sessions.ts";
import { assertJoinAttemptsLeft, recordJoinFailure } from "./join-attempts.ts";

const GUEST_JOINS_PER_IP: RateLimitRule = {
  name: "guest-join:ip",
  limit: 120,
  windowMs: 60 * 60_000,
};

/** Who is asking, from the request: their session's person (if any) and address. */
export type Joiner = { user: SessionUser | null; ipAddress: string };

async function findCode(prisma: PrismaClient, code: string) {
  return prisma.debateJoinCode.findUnique({
    where: { code: normaliseJoinCode(code) },
    select: {
      id: true,
      role: true,
      closedAt: true,
      createdAt: true,
      expiresAt: true,
      maxGuests: true,
      workspaceId: true,
      _count: { select: { guests: true } },
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
}
type FoundCode = NonNullable<Awaited<ReturnType<typeof findCode>>>;

/** How the asking person already takes part in the code's debate, if they do. */
async function existingPlace(prisma: PrismaClient, user: SessionUser | null, code: FoundCode) {
  if (!user) return null;
  if (user.isGuest) {
    const grant = await prisma.guestGrant.findFirst({
      where: { userId: user.id, debateId: code.debate.id, removedAt: null },
      select: { id: true },
    });
    return grant ? ("guest" as const) : null;
  }
  const membership = await prisma.membership.findUnique({
    where: { workspaceId_userId: { workspaceId: code.workspaceId, userId: user.id } },
    select: { role: true },
  });
  if (membership) return "member" as const;
  throw new DomainError(
    "CONFLICT",
    `You are signed in as ${user.displayName}, who is not a member of this workspace. Sign out to join as a guest.`,
  );
}

/** Looks the code up, refusing (and counting the failure) when it admits nobody. */
async function admittingCode(prisma: PrismaClient, joiner: Joiner, code: string) {
  await assertJoinAttemptsLeft(prisma, joiner.ipAddress, null);
  const found = await findCode(prisma, code);
  if (found) await assertJoinAttemptsLeft(prisma, joiner.ipAddress, found.id);
  const place = found ? await existingPlace(prisma, joiner.user, found) : null;
  if (found && place) return { found, place };
  const refusal = joinCodeRefusal(
    found && {
      ...found,
      admitted: found._count.guests,
      archived: found.debate.phase === "archived",
    },
    new Date(),
  );
  if (refusal) {
    await recordJoinFailure(prisma, joiner.ipAddress, found?.id ?? null);
    throw new DomainError(refusal === JOIN_CODE_REFUSALS.full ? "CONFLICT" : "NOT_FOUND", refusal);
  }
  return { found: found as FoundCode, place: null };
}

export async function previewJoinCode(prisma: PrismaClient, joiner: Joiner, code: string) {
  const { found, place } = await admittingCode(prisma, joiner, code);
  return {
    question: found.debate.question,
    workspaceName: found.debate.workspace.name,
    role: found.role,
    /** Set when this browser already takes part: joining resumes, creating nobody. */
    youAre: place && joiner.user ? { as: place, displayName: joiner.user.displayName } : null,
  };
}

export type JoinOutcome = {
  debateId: string;
  workspaceSlug: string;
  /** member: signed in as themselves; guest: a guest (new, or resumed from this browser). */
  as: "member" | "guest";
  /** Set only when a new guest was created: the caller starts their session. */
  newGuestId: string | null;
};

export async function joinDebateByCode(
  prisma: PrismaClient,
  joiner: Joiner,
  code: string,
  displayName: string,
): Promise<JoinOutcome> {
  const { found, place } = await admittingCode(prisma, joiner, code);
  const where = { debateId: found.debate.id, workspaceSlug: found.debate.workspace.slug };
  if (place) return { ...where, as: place, newGuestId: null };
  const limit = await consumeRateLimit(prisma, GUEST_JOINS_PER_IP, joiner.ipAddress);
  if (!limit.allowed)
    throw new DomainError(
      "TOO_MANY_REQUESTS",
      "Too many guests joined from here. Try again later.",
    );
  const guestId = await prisma.$transaction(async (tx) => {
    // Under the code's row lock, so concurrent joins cannot pass its limit.
    await tx.$queryRaw`SELECT 1 FROM "DebateJoinCode" WHERE "id" = ${found.id}::uuid FOR UPDATE`;
    const current = await tx.debateJoinCode.findUniqueOrThrow({
      where: { id: found.id },
      select: { closedAt: true, maxGuests: true, _count: { select: { guests: true } } },
    });
    if (current.closedAt) throw new DomainError("NOT_FOUND", JOIN_CODE_REFUSALS.closed);
    if (current.maxGuests !== null && current._count.guests >= current.maxGuests)
      throw new DomainError("CONFLICT", JOIN_CODE_REFUSALS.full);
    const id = crypto.randomUUID();
    await tx.user.create({
      data: {
        id,
        // Guests have no email or password; these values can never sign in.
        email: `guest-${id}@guests.steelman.invalid`,
        displayName,
        passwordHash: "!guest",
        isGuest: true,
        guestGrant: {
          create: {
            workspaceId: found.workspaceId,
            debateId: found.debate.id,
            role: found.role,
            joinCodeId: found.id,
          },
        },
      },
    });
    await recordEvent(tx, {
      workspaceId: found.workspaceId,
      debateId: found.debate.id,
      actorId: id,
      type: "guest.joined",
      subjectId: id,
      data: { displayName, role: found.role },
    });
    return id;
  });
  return { ...where, as: "guest", newGuestId: guestId };
}
