// Sign-up and sign-in. Errors never say whether an email has an account on
// sign-in; failed attempts are limited per email (or known browser) and per IP.

import { issueDeviceToken, readDeviceToken } from "../auth/device-token.ts";
import { hashPassword, spendPasswordCheckTime, verifyPassword } from "../auth/passwords.ts";
import type { Db, PrismaClient } from "../db.ts";
import { isUniqueViolation } from "../db-errors.ts";
import { DomainError } from "../domain/domain-error.ts";
import {
  checkRateLimit,
  consumeRateLimit,
  PASSWORD_CHANGE_FAILURES,
  type RateLimitResult,
  resetRateLimit,
  SIGN_IN_FAILURES_PER_DEVICE,
  SIGN_IN_FAILURES_PER_EMAIL,
  SIGN_IN_FAILURES_PER_IP,
  SIGN_UP_PER_IP,
} from "./rate-limits.ts";
import { type SessionUser, sessionUserSelect } from "./sessions.ts";

const INVALID_CREDENTIALS = "That email and password do not match an account.";

function tooManyAttempts(results: RateLimitResult[]): DomainError {
  const waitMs = Math.max(...results.filter((r) => !r.allowed).map((r) => r.retryAfterMs));
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  return new DomainError(
    "TOO_MANY_REQUESTS",
    `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
  );
}

export async function signUp(
  db: Db,
  input: { email: string; password: string; displayName: string },
  ipAddress: string,
): Promise<SessionUser> {
  const limit = await consumeRateLimit(db, SIGN_UP_PER_IP, ipAddress);
  if (!limit.allowed) {
    throw new DomainError(
      "TOO_MANY_REQUESTS",
      "Too many accounts created from here. Try again later.",
    );
  }
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { email: input.email, displayName: input.displayName, passwordHash },
      select: sessionUserSelect,
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError(
        "CONFLICT",
        "An account with this email already exists. Sign in instead.",
      );
    }
    throw error;
  }
}

export type SignInClient = { ipAddress: string; deviceToken: string | null };

/**
 * Checks the password under failure-counting limits; on success returns the
 * person and a fresh device token for their browser (auth/device-token.ts).
 */
export async function signIn(
  db: Db,
  input: { email: string; password: string },
  client: SignInClient,
): Promise<{ user: SessionUser; deviceToken: string }> {
  const perIp = await checkRateLimit(db, SIGN_IN_FAILURES_PER_IP, client.ipAddress);
  if (!perIp.allowed) throw tooManyAttempts([perIp]);
  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { ...sessionUserSelect, passwordHash: true },
  });
  const device = user && client.deviceToken ? readDeviceToken(client.deviceToken, user) : null;
  const [rule, subject] = device
    ? [SIGN_IN_FAILURES_PER_DEVICE, device]
    : [SIGN_IN_FAILURES_PER_EMAIL, input.email];
  // Counted before the check, so parallel guesses cannot slip past the limit;
  // a success wipes the count again.
  const perAccount = await consumeRateLimit(db, rule, subject);
  if (!perAccount.allowed) throw tooManyAttempts([perAccount]);

  const matches = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await spendPasswordCheckTime(input.password).then(() => false);
  if (!user || !matches) {
    await consumeRateLimit(db, SIGN_IN_FAILURES_PER_IP, client.ipAddress);
    throw new DomainError("UNAUTHORIZED", INVALID_CREDENTIALS);
  }
  // Only the budget this attempt drew on: the owner signing in from a known
  // browser must not hand a stranger a fresh set of guesses at the email.
  await resetRateLimit(db, rule, subject);
  return {
    user: { id: user.id, email: user.email, displayName: user.displayName, isGuest: user.isGuest },
    deviceToken: issueDeviceToken(user),
  };
}

/**
 * Changes a password after checking the current one (wrong guesses are
 * limited per person, so a stolen session cannot guess on), and ends every other session of
 * the person in the same transaction. Returns a device token for the new password.
 */
export async function changePassword(
  prisma: PrismaClient,
  userId: string,
  keepSessionPublicId: string,
  input: { currentPassword: string; newPassword: string },
): Promise<{ deviceToken: string; endedSessions: number }> {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, passwordHash: true },
  });
  const limit = await checkRateLimit(prisma, PASSWORD_CHANGE_FAILURES, userId);
  if (!limit.allowed) throw tooManyAttempts([limit]);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await consumeRateLimit(prisma, PASSWORD_CHANGE_FAILURES, userId);
    throw new DomainError("BAD_REQUEST", "Your current password is not right.");
  }
  const passwordHash = await hashPassword(input.newPassword);
  const endedSessions = await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    const { count } = await tx.session.deleteMany({
      where: { userId, publicId: { not: keepSessionPublicId } },
    });
    return count;
  });
  return { deviceToken: issueDeviceToken({ id: userId, passwordHash }), endedSessions };
}
