// Mails notifications: immediately, or once a day as a digest, as each person
// chose per workspace (NotificationSetting.emailMode; no row: immediate).
// Every instance runs this. Exactly once: a pass claims its rows with
// FOR UPDATE SKIP LOCKED inside a transaction, sends, and sets emailedAt
// before committing; another instance skips locked rows and, once committed,
// no longer sees them. (A crash between sending and committing resends: at
// least once.) A failed send is tried again later and later (mail-retry.ts).
import type { Prisma, PrismaClient } from "../../db.ts";
import {
  composeDigestMail,
  composeNotificationMail,
} from "../../domain/notifications/email-content.ts";
import { MAIL_ATTEMPTS, nextMailAttempt } from "../../domain/notifications/mail-retry.ts";
import type { Mailer } from "../email/mailer.ts";
import {
  loadMailFacts,
  type MailSettings,
  type NotificationRow,
  notificationRowSelect,
  unsubscribeParts,
} from "./mail-items.ts";

const BATCH = 50;
const DAY_MS = 24 * 60 * 60_000;
/** A transaction that sends mail may take a while; a slow SMTP server must not break it. */
const SENDING_TX = { maxWait: 10_000, timeout: 120_000 } as const;

/**
 * When a pass runs (tests move the clock) and, optionally, the one workspace
 * it serves: the test suite shares one database, and a pass that mailed every
 * workspace's notifications would send another test's mail to its own inbox.
 */
export type MailPass = { now?: Date; workspaceId?: string };

/** One pass of immediate mail; returns how many mails went out. */
export async function sendImmediateEmails(
  prisma: PrismaClient,
  mailer: Mailer,
  settings: MailSettings,
  { now = new Date(), workspaceId }: MailPass = {},
): Promise<number> {
  const only = workspaceId ?? null;
  // Older notifications (e.g. from before email was turned on) are not mailed.
  const since = new Date(now.getTime() - DAY_MS);
  return prisma.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ id: string }[]>`
      SELECT n."id" FROM "Notification" n
      JOIN "User" u ON u."id" = n."recipientId"
      LEFT JOIN "NotificationSetting" s
        ON s."userId" = n."recipientId" AND s."workspaceId" = n."workspaceId"
      WHERE n."emailedAt" IS NULL AND n."readAt" IS NULL AND n."createdAt" > ${since}
        AND n."emailAttempts" < ${MAIL_ATTEMPTS}
        AND (n."emailRetryAt" IS NULL OR n."emailRetryAt" <= ${now})
        AND COALESCE(s."emailMode", 'immediate') = 'immediate' AND NOT u."isGuest"
        AND (${only}::uuid IS NULL OR n."workspaceId" = ${only}::uuid)
      ORDER BY n."id" LIMIT ${BATCH}
      FOR UPDATE OF n SKIP LOCKED`;
    if (claimed.length === 0) return 0;
    const rows = await tx.notification.findMany({
      where: { id: { in: claimed.map((row) => row.id) } },
      orderBy: { id: "asc" },
      select: notificationRowSelect,
    });
    const facts = await loadMailFacts(tx, rows, settings);
    const sent: string[] = [];
    for (const row of rows) {
      const to = facts.emailOf(row.recipientId);
      if (!to) continue;
      const parts = unsubscribeParts(
        settings,
        { userId: row.recipientId, workspaceId: row.workspaceId },
        facts.workspaceName(row.workspaceId),
      );
      const content = composeNotificationMail(facts.itemOf(row), parts.context);
      const failure = await trySend(mailer, { to, ...content, headers: parts.headers });
      if (failure === null) sent.push(row.id);
      else await recordFailedSend(tx, row.id, failure, now);
    }
    await markEmailed(tx, sent, now);
    return sent.length;
  }, SENDING_TX);
}

/**
 * One pass of daily digests: each person whose last digest in a workspace is
 * a day old gets one mail with their unread, not yet mailed notifications of
 * the last day there (none: no mail, and the next digest is a day later).
 */
export async function sendDailyDigests(
  prisma: PrismaClient,
  mailer: Mailer,
  settings: MailSettings,
  { now = new Date(), workspaceId }: MailPass = {},
): Promise<number> {
  const only = workspaceId ?? null;
  const dueBefore = new Date(now.getTime() - DAY_MS);
  return prisma.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ userId: string; workspaceId: string }[]>`
      SELECT s."userId", s."workspaceId" FROM "NotificationSetting" s
      JOIN "User" u ON u."id" = s."userId"
      WHERE s."emailMode" = 'digest' AND NOT u."isGuest"
        AND (s."lastDigestAt" IS NULL OR s."lastDigestAt" <= ${dueBefore})
        AND (${only}::uuid IS NULL OR s."workspaceId" = ${only}::uuid)
      LIMIT ${BATCH}
      FOR UPDATE OF s SKIP LOCKED`;
    let mails = 0;
    for (const person of due) {
      const rows = await tx.notification.findMany({
        where: {
          recipientId: person.userId,
          workspaceId: person.workspaceId,
          readAt: null,
          emailedAt: null,
          createdAt: { gt: dueBefore },
        },
        orderBy: { id: "asc" },
        select: notificationRowSelect,
      });
      if (rows.length > 0 && (await sendDigest(tx, mailer, settings, person, rows))) {
        await markEmailed(
          tx,
          rows.map((row) => row.id),
          now,
        );
        mails += 1;
      }
      await tx.notificationSetting.update({
        where: { userId_workspaceId: person },
        data: { lastDigestAt: now },
      });
    }
    return mails;
  }, SENDING_TX);
}

async function sendDigest(
  tx: Prisma.TransactionClient,
  mailer: Mailer,
  settings: MailSettings,
  person: { userId: string; workspaceId: string },
  rows: NotificationRow[],
): Promise<boolean> {
  const facts = await loadMailFacts(tx, rows, settings);
  const to = facts.emailOf(person.userId);
  if (!to) return false;
  const parts = unsubscribeParts(settings, person, facts.workspaceName(person.workspaceId));
  const content = composeDigestMail(
    rows.map((row) => facts.itemOf(row)),
    parts.context,
  );
  return (await trySend(mailer, { to, ...content, headers: parts.headers })) === null;
}

/** Sends; returns null, or what went wrong. */
async function trySend(
  mailer: Mailer,
  mail: Parameters<Mailer["send"]>[0],
): Promise<string | null> {
  try {
    await mailer.send(mail);
    return null;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error("[email] sending failed:", reason);
    return reason;
  }
}

/** Counts the failure and sets when to try again (never, after the last attempt). */
async function recordFailedSend(
  tx: Prisma.TransactionClient,
  id: string,
  reason: string,
  now: Date,
) {
  const { emailAttempts } = await tx.notification.update({
    where: { id },
    data: { emailAttempts: { increment: 1 }, emailError: reason.slice(0, 500) },
    select: { emailAttempts: true },
  });
  // Given up: the next attempt lies beyond every later pass (emailAttempts is at the limit).
  const retryAt = nextMailAttempt(emailAttempts, now);
  await tx.notification.update({ where: { id }, data: { emailRetryAt: retryAt } });
}

async function markEmailed(tx: Prisma.TransactionClient, ids: string[], now: Date) {
  if (ids.length === 0) return;
  await tx.notification.updateMany({ where: { id: { in: ids } }, data: { emailedAt: now } });
}
