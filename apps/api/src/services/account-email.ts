// Account flows that need email (SMTP_URL set): sign-up that confirms the
// address and never reveals whether it is registered, password reset by a
// single-use link, and address verification. Mail goes out without being
// awaited, so how long an answer takes does not depend on whether one was sent.
import { hashPassword } from "../auth/passwords.ts";
import type { PrismaClient } from "../db.ts";
import { isUniqueViolation } from "../db-errors.ts";
import {
  passwordResetMail,
  signUpAttemptMail,
  verifyEmailMail,
} from "../domain/accounts/account-mail.ts";
import { ownSitePath } from "../domain/accounts/return-path.ts";
import { DomainError } from "../domain/domain-error.ts";
import type { MailContent } from "../domain/notifications/email-content.ts";
import type { MailEnv } from "../env.ts";
import {
  consumeEmailToken,
  type EmailTokenPurpose,
  issueEmailToken,
  PASSWORD_RESET_TTL_MS,
  VERIFY_EMAIL_TTL_MS,
} from "./email/email-tokens.ts";
import { sharedMailer } from "./email/mailer.ts";
import {
  consumeRateLimit,
  EMAIL_TOKEN_ATTEMPTS_PER_IP,
  PASSWORD_RESET_PER_EMAIL,
  PASSWORD_RESET_PER_IP,
  SIGN_UP_PER_IP,
} from "./rate-limits.ts";
import { type SessionUser, sessionUserSelect } from "./sessions.ts";

export type AccountMailEnv = { mail: MailEnv; publicWebUrl: string };

function sendInBackground(env: AccountMailEnv, to: string, content: MailContent): void {
  sharedMailer(env.mail)
    .send({ to, ...content })
    .catch((error: unknown) => {
      console.error("[email] account mail failed:", error instanceof Error ? error.message : error);
    });
}

async function limit(
  prisma: PrismaClient,
  rule: Parameters<typeof consumeRateLimit>[1],
  key: string,
  message: string,
) {
  const result = await consumeRateLimit(prisma, rule, key);
  if (!result.allowed) throw new DomainError("TOO_MANY_REQUESTS", message);
}

/**
 * Creates an account awaiting verification and mails the link; for an address
 * that already has an account, mails its owner instead. Answers the same.
 */
export async function signUpWithEmail(
  prisma: PrismaClient,
  env: AccountMailEnv,
  input: { email: string; password: string; displayName: string; next?: string | undefined },
  ipAddress: string,
): Promise<{ checkEmail: true }> {
  await limit(
    prisma,
    SIGN_UP_PER_IP,
    ipAddress,
    "Too many accounts created from here. Try again later.",
  );
  const passwordHash = await hashPassword(input.password); // both paths spend the time
  try {
    const token = await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: input.email,
          displayName: input.displayName,
          passwordHash,
          awaitingEmailVerification: true,
        },
        select: { id: true },
      });
      return issueEmailToken(tx, user.id, "verify_email", VERIFY_EMAIL_TTL_MS);
    });
    const next = ownSitePath(input.next);
    const url = `${env.publicWebUrl}/verify-email?token=${token}${next ? `&next=${encodeURIComponent(next)}` : ""}`;
    sendInBackground(env, input.email, verifyEmailMail(url));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const owner = await prisma.user.findUnique({
      where: { email: input.email },
      select: { isGuest: true },
    });
    if (owner && !owner.isGuest) {
      const content = signUpAttemptMail(
        `${env.publicWebUrl}/sign-in`,
        `${env.publicWebUrl}/forgot-password`,
      );
      sendInBackground(env, input.email, content);
    }
  }
  return { checkEmail: true };
}

/** Mails a reset link if the address has an account; answers the same either way. */
export async function requestPasswordReset(
  prisma: PrismaClient,
  env: AccountMailEnv,
  email: string,
  ipAddress: string,
): Promise<{ ok: true }> {
  const message = "Too many reset requests. Try again in an hour.";
  await limit(prisma, PASSWORD_RESET_PER_IP, ipAddress, message);
  await limit(prisma, PASSWORD_RESET_PER_EMAIL, email, message);
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, isGuest: true },
  });
  if (user && !user.isGuest) {
    const token = await prisma.$transaction((tx) =>
      issueEmailToken(tx, user.id, "password_reset", PASSWORD_RESET_TTL_MS),
    );
    sendInBackground(
      env,
      email,
      passwordResetMail(`${env.publicWebUrl}/reset-password?token=${token}`),
    );
  }
  return { ok: true };
}

const SPENT_LINK: Record<EmailTokenPurpose, string> = {
  password_reset: "This reset link has expired or was already used. Ask for a new one.",
  verify_email:
    "This confirmation link has expired or was already used. Use “Forgot password?” on the sign-in page to get a new link.",
};

/**
 * Sets a new password from a reset link (which also proves the address), and
 * ends every session of the person; returns who it was, for a fresh session.
 */
export async function resetPassword(
  prisma: PrismaClient,
  input: { token: string; newPassword: string },
  ipAddress: string,
): Promise<{ user: SessionUser; passwordHash: string }> {
  await limit(
    prisma,
    EMAIL_TOKEN_ATTEMPTS_PER_IP,
    ipAddress,
    "Too many attempts. Try again later.",
  );
  const passwordHash = await hashPassword(input.newPassword);
  const user = await prisma.$transaction(async (tx) => {
    const now = new Date();
    const userId = await consumeEmailToken(tx, input.token, "password_reset", now);
    if (!userId) throw new DomainError("BAD_REQUEST", SPENT_LINK.password_reset);
    const user = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, awaitingEmailVerification: false },
      select: sessionUserSelect,
    });
    await tx.session.deleteMany({ where: { userId } });
    // Any other reset link still in a mailbox stops working too.
    await tx.emailToken.updateMany({
      where: { userId, purpose: "password_reset", usedAt: null },
      data: { usedAt: now },
    });
    return user;
  });
  return { user, passwordHash };
}

export async function verifyEmail(
  prisma: PrismaClient,
  token: string,
  ipAddress: string,
): Promise<{ verified: true }> {
  await limit(
    prisma,
    EMAIL_TOKEN_ATTEMPTS_PER_IP,
    ipAddress,
    "Too many attempts. Try again later.",
  );
  await prisma.$transaction(async (tx) => {
    const userId = await consumeEmailToken(tx, token, "verify_email");
    if (!userId) throw new DomainError("BAD_REQUEST", SPENT_LINK.verify_email);
    await tx.user.update({ where: { id: userId }, data: { awaitingEmailVerification: false } });
  });
  return { verified: true };
}

/** Sign-in waits for the address to be confirmed, for accounts made while email was on. */
export async function assertEmailConfirmed(prisma: PrismaClient, userId: string): Promise<void> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { awaitingEmailVerification: true },
  });
  if (user?.awaitingEmailVerification) {
    throw new DomainError(
      "FORBIDDEN",
      "Confirm your email address first: open the link we mailed you. No mail? Use “Forgot password?” to get a new link.",
    );
  }
}
