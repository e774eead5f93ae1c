// A real SMTP server for tests (smtp-server on 127.0.0.1, an ephemeral port)
// that parses every mail it accepts with mailparser. A mail is in `mails`
// before the server acknowledges it, so once a send resolves it can be read.
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { ApiEnv, MailEnv } from "../env.ts";
import { testEnv } from "./harness.ts";

export type ReceivedMail = ParsedMail & { to: string[] };

export type SmtpInbox = {
  mails: ReceivedMail[];
  /** Addresses the server refuses (550) while they are in here; each refusal is counted. */
  refusing: Set<string>;
  refusals: Map<string, number>;
  /** The mail settings that send to this server. */
  mailEnv: MailEnv;
  /** The test API configuration with email on, sending here. */
  env: ApiEnv;
  /** Mails addressed to one person. */
  to(address: string): ReceivedMail[];
  /** Waits until `count` mails to `address` arrived (for mail sent in the background). */
  waitFor(address: string, count?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
};

export const TEST_MAIL_SECRET = "test-mail-secret-that-is-long-enough-0123456789";

export async function startSmtpInbox(): Promise<SmtpInbox> {
  const mails: ReceivedMail[] = [];
  const refusing = new Set<string>();
  const refusals = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    // Closing waits for senders' idle pooled connections (30 s by default):
    // a test server need not be polite about it.
    closeTimeout: 1_000,
    onRcptTo(address, _session, callback) {
      const to = address.address.toLowerCase();
      if (!refusing.has(to)) return callback();
      refusals.set(to, (refusals.get(to) ?? 0) + 1);
      callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
      simpleParser(stream)
        .then((parsed) => {
          mails.push(Object.assign(parsed, { to }));
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  // A sender that drops its connection mid-mail (its process stopped) is
  // reported as an error event; unheard, it would fail the run. The mail it
  // was sending is simply not received, which the tests check.
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  if (!address || typeof address === "string") throw new Error("SMTP server has no TCP address");
  const mailEnv: MailEnv = {
    smtpUrl: `smtp://127.0.0.1:${address.port}`,
    from: "Steelman <steelman@test.steelman.test>",
    secret: TEST_MAIL_SECRET,
  };
  return {
    mails,
    refusing,
    refusals,
    mailEnv,
    env: { ...testEnv, mail: mailEnv },
    to: (address) => mails.filter((mail) => mail.to.includes(address.toLowerCase())),
    async waitFor(address, count = 1) {
      for (;;) {
        const arrived = mails.filter((mail) => mail.to.includes(address.toLowerCase()));
        if (arrived.length >= count) return arrived;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A raw header line's value, e.g. "List-Unsubscribe" → "<https://…>". */
export function headerLine(mail: ParsedMail, name: string): string | null {
  const line = mail.headerLines.find((header) => header.key === name.toLowerCase())?.line;
  return line ? line.slice(line.indexOf(":") + 1).trim() : null;
}
