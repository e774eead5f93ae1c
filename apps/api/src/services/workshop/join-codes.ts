// The facilitator's side of join codes: open one (role, guest limit, hours
// until it expires), renew it (a fresh code and expiry, same settings), change
// its limit, close it, and see it with how many guests it has admitted.
import type { Prisma, PrismaClient } from "../../db.ts";
import { isUniqueViolation } from "../../db-errors.ts";
import { assertCanModerate } from "../../domain/debate/debate-permissions.ts";
import {
  DEFAULT_JOIN_CODE_HOURS,
  displayJoinCode,
  JOIN_CODE_LENGTH,
  joinCodeExpiry,
  makeJoinCode,
} from "../../domain/debate/join-code.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { assertDebateWritable, type DebateAccess } from "../debates/debate-access.ts";
import { recordEvent } from "../events/record-event.ts";

export type JoinCodeSettings = {
  role: "member" | "observer";
  /** Null for no limit. */
  maxGuests: number | null;
  expiresInHours: number;
};

const scopeOf = (access: DebateAccess) => ({
  workspaceId: access.debate.workspaceId,
  debateId: access.debate.id,
  actorId: access.userId,
});

const joinCodeSelect = {
  code: true,
  role: true,
  createdAt: true,
  expiresAt: true,
  maxGuests: true,
  _count: { select: { guests: true } },
} as const satisfies Prisma.DebateJoinCodeSelect;

type JoinCodeRow = Prisma.DebateJoinCodeGetPayload<{ select: typeof joinCodeSelect }>;

/** What the facilitator sees: the code as shown to the room, and its use. */
function present(row: JoinCodeRow, now = new Date()) {
  const expiresAt = joinCodeExpiry(row);
  return {
    code: displayJoinCode(row.code),
    role: row.role,
    createdAt: row.createdAt,
    expiresAt,
    expired: expiresAt <= now,
    maxGuests: row.maxGuests,
    admitted: row._count.guests,
  };
}

export async function openJoinCode(
  prisma: PrismaClient,
  access: DebateAccess,
  settings: JoinCodeSettings,
  type: "join_code.opened" | "join_code.renewed" = "join_code.opened",
) {
  assertCanModerate(access, "let guests join");
  assertDebateWritable(access);
  // 50 random bits: a clash is near impossible, but drawing again is cheap.
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await prisma.$transaction(async (tx) => {
        await tx.debateJoinCode.updateMany({
          where: { debateId: access.debate.id, closedAt: null },
          data: { closedAt: new Date() },
        });
        const row = await tx.debateJoinCode.create({
          data: {
            workspaceId: access.debate.workspaceId,
            debateId: access.debate.id,
            code: makeJoinCode(crypto.getRandomValues(new Uint8Array(JOIN_CODE_LENGTH))),
            role: settings.role,
            maxGuests: settings.maxGuests,
            expiresAt: new Date(Date.now() + settings.expiresInHours * 60 * 60_000),
            createdById: access.userId,
          },
          select: joinCodeSelect,
        });
        await recordEvent(tx, {
          ...scopeOf(access),
          type,
          subjectId: access.debate.id,
          data: { role: settings.role, maxGuests: settings.maxGuests },
        });
        return present(row);
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new DomainError("CONFLICT", "Could not draw a free join code; try again.");
}

/** A fresh code and expiry with the current code's role and limit; the old code stops working. */
export async function renewJoinCode(prisma: PrismaClient, access: DebateAccess) {
  assertCanModerate(access, "renew the join code");
  const latest = await prisma.debateJoinCode.findFirst({
    where: { debateId: access.debate.id },
    orderBy: { createdAt: "desc" },
    select: { role: true, maxGuests: true, createdAt: true, expiresAt: true },
  });
  if (!latest) throw new DomainError("CONFLICT", "There is no join code to renew; open one.");
  const hours = Math.round((joinCodeExpiry(latest).getTime() - latest.createdAt.getTime()) / 3.6e6);
  return openJoinCode(
    prisma,
    access,
    {
      role: latest.role === "observer" ? "observer" : "member",
      maxGuests: latest.maxGuests,
      expiresInHours: hours || DEFAULT_JOIN_CODE_HOURS,
    },
    "join_code.renewed",
  );
}

export async function setGuestLimit(
  prisma: PrismaClient,
  access: DebateAccess,
  maxGuests: number | null,
) {
  assertCanModerate(access, "change the guest limit");
  assertDebateWritable(access);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.debateJoinCode.updateMany({
      where: { debateId: access.debate.id, closedAt: null },
      data: { maxGuests },
    });
    if (count === 0) throw new DomainError("CONFLICT", "There is no open join code to limit.");
    await recordEvent(tx, {
      ...scopeOf(access),
      type: "join_code.limited",
      subjectId: access.debate.id,
      data: { maxGuests },
    });
    return { ok: true as const };
  });
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

/** The open code (expired ones too, marked so), or null when closed. */
export async function currentJoinCode(prisma: PrismaClient, access: DebateAccess) {
  assertCanModerate(access, "see the join code");
  const row = await prisma.debateJoinCode.findFirst({
    where: { debateId: access.debate.id, closedAt: null },
    select: joinCodeSelect,
  });
  return row ? present(row) : null;
}
