// The mail timers every API instance runs when email is on: immediate mail
// every few seconds, digests every minute (each due person once a day).
import type { PrismaClient } from "../../db.ts";
import type { ApiEnv } from "../../env.ts";
import { createMailer } from "../email/mailer.ts";
import { sendDailyDigests, sendImmediateEmails } from "./email-outbox.ts";

/** Starts the timers; returns a stop function. Without mail settings it does nothing. */
export function startEmailWorker(
  prisma: PrismaClient,
  env: Pick<ApiEnv, "mail" | "publicWebUrl">,
  isStopping: () => boolean,
): () => void {
  if (!env.mail) {
    console.log("[email] Email is off (SMTP_URL and MAIL_FROM are not both set): no mail is sent.");
    return () => {};
  }
  console.log(`[email] Email is on: mail goes through ${new URL(env.mail.smtpUrl).host}.`);
  const mailer = createMailer(env.mail);
  const settings = { mail: env.mail, publicWebUrl: env.publicWebUrl };
  const report = (what: string) => (error: unknown) => {
    if (!isStopping()) console.error(`[email] ${what} failed:`, error);
  };
  const immediate = setInterval(() => {
    sendImmediateEmails(prisma, mailer, settings).catch(report("immediate mail"));
  }, 3_000);
  const digests = setInterval(() => {
    sendDailyDigests(prisma, mailer, settings).catch(report("daily digest"));
  }, 60_000);
  immediate.unref();
  digests.unref();
  return () => {
    clearInterval(immediate);
    clearInterval(digests);
    mailer.close();
  };
}
