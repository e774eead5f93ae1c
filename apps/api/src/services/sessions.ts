// Session storage (Lucia guide): create on sign-in, validate with sliding
// expiry, list and revoke. Only the token's SHA-256 is stored.

import { Prisma } from "@steelman/db";
import { isSessionExpired, newSessionTimes, slideSession } from "../auth/session-policy.ts";
import { generateSecretToken, hashToken } from "../auth/session-token.ts";
import type { Db } from "../db.ts";
import { sqlRows } from "../sql-rows.ts";

export const sessionUserSelect = {
  id: true,
  email: true,
  displayName: true,
  isGuest: true,
} as const;

export type SessionUser = { id: string; email: string; displayName: string; isGuest: boolean };
export type ValidSession = {
  publicId: string;
  expiresAt: Date;
  /** True when the expiry moved and the cookie should be re-sent. */
  refreshed: boolean;
  user: SessionUser;
};

type SessionRow = {
  publicId: string;
  lastUsedAt: Date;
  expiresAt: Date;
  absoluteExpiresAt: Date;
  userId: string;
  email: string;
  displayName: string;
  isGuest: boolean;
};

export async function createSession(
  db: Db,
  userId: string,
  client: { userAgent: string | null; ipAddress: string | null },
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = generateSecretToken();
  const times = newSessionTimes(now);
  await db.session.create({
    data: { tokenHash: hashToken(token), userId, createdAt: now, ...times, ...client },
  });
  return { token, expiresAt: times.expiresAt };
}

export async function validateSessionToken(
  db: Db,
  token: string,
  now = new Date(),
): Promise<ValidSession | null> {
  const tokenHash = hashToken(token);
  // One round trip with the person (a relation select is two): every
  // request pays for this lookup.
  const [session] = await sqlRows<SessionRow>(
    db,
    Prisma.sql`
    SELECT s."publicId"::text AS "publicId", s."lastUsedAt", s."expiresAt", s."absoluteExpiresAt",
           u."id"::text AS "userId", u."email", u."displayName", u."isGuest"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."tokenHash" = ${tokenHash}`,
  );
  if (!session) return null;
  if (isSessionExpired(session, now)) {
    await db.session.deleteMany({ where: { tokenHash } });
    return null;
  }
  const slid = slideSession(session, now);
  if (slid) await db.session.update({ where: { tokenHash }, data: slid });
  return {
    publicId: session.publicId,
    expiresAt: slid?.expiresAt ?? session.expiresAt,
    refreshed: slid !== null && slid.expiresAt.getTime() !== session.expiresAt.getTime(),
    user: {
      id: session.userId,
      email: session.email,
      displayName: session.displayName,
      isGuest: session.isGuest,
    },
  };
}

export async function deleteSessionByToken(db: Db, token: string): Promise<void> {
  await db.session.deleteMany({ where: { tokenHash: hashToken(token) } });
}

export function listUserSessions(db: Db, userId: string, now = new Date()) {
  return db.session.findMany({
    where: { userId, expiresAt: { gt: now }, absoluteExpiresAt: { gt: now } },
    orderBy: { lastUsedAt: "desc" },
    select: {
      publicId: true,
      createdAt: true,
      lastUsedAt: true,
      expiresAt: true,
      userAgent: true,
      ipAddress: true,
    },
  });
}

/** Revokes one of the user's sessions; returns false when it was not theirs or is gone. */
export async function revokeUserSession(
  db: Db,
  userId: string,
  publicId: string,
): Promise<boolean> {
  const { count } = await db.session.deleteMany({ where: { userId, publicId } });
  return count > 0;
}

export async function revokeOtherSessions(
  db: Db,
  userId: string,
  keepPublicId: string,
): Promise<number> {
  const { count } = await db.session.deleteMany({
    where: { userId, publicId: { not: keepPublicId } },
  });
  return count;
}
