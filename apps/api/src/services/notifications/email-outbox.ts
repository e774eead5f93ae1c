// Mails notifications: immediately, or once a day as a digest, as each person
// chose per workspace (NotificationSetting.emailMode; no row: immediate).
// Every instance runs this. Exactly once: a pass claims its rows with
// FOR UPDATE SKIP LOCKED inside a transaction, sends, and sets emailedAt
// before committing; another instance skips locked rows and, once committed,
// no longer sees them. (A crash between sending and committing resends.)
import type { Prisma, PrismaClient } from "../../db.ts";
import {
  composeDigestMail,
  composeNotificationMail,
} from "../../domain/notifications/email-content.ts";
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

/** One pass of immediate mail; returns how many mails went out. */
export async function sendImmediateEmails(
  prisma: PrismaClient,
  mailer: Mailer,
  settings: MailSettings,
  now = new Date(),
): Promise<number> {
  // Older notifications (e.g. from before email was turned on) are not mailed.
  const since = new Date(now.getTime() - DAY_MS);
  return prisma.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ id: string }[]>`
      SELECT n."id" FROM "Notification" n
      JOIN "User" u ON u."id" = n."recipientId"
      LEFT JOIN "NotificationSetting" s
        ON s."userId" = n."recipientId" AND s."workspaceId" = n."workspaceId"
      WHERE n."emailedAt" IS NULL AND n."readAt" IS NULL AND n."createdAt" > ${since}
        AND COALESCE(s."emailMode", 'immediate') = 'immediate' AND NOT u."isGuest"
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
      if (await trySend(mailer, { to, ...content, headers: parts.headers })) sent.push(row.id);
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
  now = new Date(),
): Promise<number> {
  const dueBefore = new Date(now.getTime() - DAY_MS);
  return prisma.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ userId: string; workspaceId: string }[]>`
      SELECT s."userId", s."workspaceId" FROM "NotificationSetting" s
      JOIN "User" u ON u."id" = s."userId"
      WHERE s."emailMode" = 'digest' AND NOT u."isGuest"
        AND (s."lastDigestAt" IS NULL OR s."lastDigestAt" <= ${dueBefore})
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
  return trySend(mailer, { to, ...content, headers: parts.headers });
}

async function trySend(mailer: Mailer, mail: Parameters<Mailer["send"]>[0]): Promise<boolean> {
  try {
    await mailer.send(mail);
    return true;
  } catch (error) {
    // Left unmarked, the notification is tried again on the next pass.
    console.error("[email] sending failed:", error instanceof Error ? error.message : error);
    return false;
  }
}

async function markEmailed(tx: Prisma.TransactionClient, ids: string[], now: Date) {
  if (ids.length === 0) return;
  await tx.notification.updateMany({ where: { id: { in: ids } }, data: { emailedAt: now } });
}
