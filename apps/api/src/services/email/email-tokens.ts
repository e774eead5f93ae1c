// Single-use, expiring tokens sent by mail (password reset, address
// verification). The mail carries the token; only its SHA-256 is stored.
import { generateSecretToken, hashToken } from "../../auth/session-token.ts";
import type { Prisma } from "../../db.ts";

export type EmailTokenPurpose = "password_reset" | "verify_email";

export const PASSWORD_RESET_TTL_MS = 60 * 60_000;
export const VERIFY_EMAIL_TTL_MS = 48 * 60 * 60_000;

export async function issueEmailToken(
  tx: Prisma.TransactionClient,
  userId: string,
  purpose: EmailTokenPurpose,
  ttlMs: number,
  now = new Date(),
): Promise<string> {
  const token = generateSecretToken();
  await tx.emailToken.create({
    data: {
      tokenHash: hashToken(token),
      userId,
      purpose,
      expiresAt: new Date(now.getTime() + ttlMs),
      createdAt: now,
    },
  });
  return token;
}

/**
 * Uses a token up: returns its person, or null when it is unknown, of another
 * purpose, expired or already used. The conditional update makes two racing
 * uses of one token succeed at most once.
 */
export async function consumeEmailToken(
  tx: Prisma.TransactionClient,
  token: string,
  purpose: EmailTokenPurpose,
  now = new Date(),
): Promise<string | null> {
  const tokenHash = hashToken(token);
  const used = await tx.emailToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (used.count !== 1) return null;
  const row = await tx.emailToken.findUnique({ where: { tokenHash }, select: { userId: true } });
  return row?.userId ?? null;
}
