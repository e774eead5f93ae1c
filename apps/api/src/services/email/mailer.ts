// Sends mail through the SMTP server named by SMTP_URL (nodemailer). One
// transport per process, pooled so a burst of notifications reuses a connection.
import nodemailer from "nodemailer";
import type { MailEnv } from "../../env.ts";

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
};

export type Mailer = {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
};

export function createMailer(mail: MailEnv): Mailer {
  const transport = nodemailer.createTransport(mail.smtpUrl, { from: mail.from });
  return {
    async send(message) {
      await transport.sendMail({ from: mail.from, ...message });
    },
    close: () => transport.close(),
  };
}

const shared = new Map<string, Mailer>();

/** One mailer per SMTP server for the process (requests share its pool). */
export function sharedMailer(mail: MailEnv): Mailer {
  const key = `${mail.smtpUrl}\n${mail.from}`;
  let mailer = shared.get(key);
  if (!mailer) {
    mailer = createMailer(mail);
    shared.set(key, mailer);
  }
  return mailer;
}
