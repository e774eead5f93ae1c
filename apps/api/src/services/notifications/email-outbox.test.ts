import { createPrismaClient } from "@steelman/db";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { PrismaClient } from "../../db.ts";
import { createDebateTeam, openDebate, post } from "../../test/debate-fixtures.ts";
import { testPrisma } from "../../test/harness.ts";
import { headerLine, type SmtpInbox, startSmtpInbox } from "../../test/smtp-inbox.ts";
import { createMailer, type Mailer } from "../email/mailer.ts";
import { sendDailyDigests, sendImmediateEmails } from "./email-outbox.ts";
import { fanOutWorkspace } from "./fan-out.ts";

// A second client stands for a second API instance with its own pool.
const otherInstance = createPrismaClient(inject("databaseUrl"), { poolSize: 5 });
const WEB = "https://steelman.example";

let inbox: SmtpInbox;
let mailer: Mailer;
let settings: { mail: SmtpInbox["mailEnv"]; publicWebUrl: string };
beforeAll(async () => {
  inbox = await startSmtpInbox();
  mailer = createMailer(inbox.mailEnv);
  settings = { mail: inbox.mailEnv, publicWebUrl: WEB };
});
afterAll(async () => {
  mailer.close();
  await inbox.close();
  await otherInstance.$disconnect();
});

/** Passes over one workspace until nothing is left (the suite shares one outbox). */
async function drainImmediate(workspaceId: string, db: PrismaClient = testPrisma()) {
  let total = 0;
  for (;;) {
    const sent = await sendImmediateEmails(db, mailer, settings, { workspaceId });
    if (sent === 0) return total;
    total += sent;
  }
}

async function teamWithObjections(count: number) {
  const team = await createDebateTeam();
  const debateId = await openDebate(team.facilitator.caller, team.workspace.id, {
    question: "Four-day week?",
  });
  const position = await post(team.member.caller, debateId, "position", null);
  const objections = [];
  for (let i = 0; i < count; i += 1)
    objections.push(await post(team.facilitator.caller, debateId, "objection", position.id));
  await fanOutWorkspace(testPrisma(), team.workspace.id);
  return { team, debateId, objections };
}

describe("immediate notification mail", () => {
  it("mails each notification once, linking to the claim, with one-click unsubscribe", async () => {
    const { team, debateId, objections } = await teamWithObjections(1);
    await drainImmediate(team.workspace.id);
    await drainImmediate(team.workspace.id);
    const mails = inbox.to(team.member.user.email);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.subject).toBe("Someone objected to your claim in “Four-day week?”");
    const link = `${WEB}/w/${team.workspace.slug}/d/${debateId}#claim-${objections[0]!.number}`;
    expect(mail.text).toContain(link);
    expect(mail.html).toContain(link);
    expect(headerLine(mail, "List-Unsubscribe")).toMatch(
      new RegExp(`^<${WEB}/api/unsubscribe\\?token=[^>]+>$`),
    );
    expect(headerLine(mail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    // The objector is told nothing about their own objection.
    expect(inbox.to(team.facilitator.user.email)).toHaveLength(0);
  });

  it("sends each mail exactly once when two instances race", async () => {
    const { team } = await teamWithObjections(8);
    await Promise.all([
      drainImmediate(team.workspace.id, testPrisma()),
      drainImmediate(team.workspace.id, otherInstance),
    ]);
    const mails = inbox.to(team.member.user.email);
    expect(mails).toHaveLength(8);
    expect(new Set(mails.map((mail) => mail.text)).size).toBe(8);
    const unmailed = await testPrisma().notification.count({
      where: { workspaceId: team.workspace.id, emailedAt: null },
    });
    expect(unmailed).toBe(0);
  });

  it("sends nothing to someone who turned email off", async () => {
    const team = await createDebateTeam();
    await team.member.caller.notification.setEmailMode({
      workspaceId: team.workspace.id,
      emailMode: "off",
    });
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const position = await post(team.member.caller, debateId, "position", null);
    await post(team.facilitator.caller, debateId, "objection", position.id);
    await fanOutWorkspace(testPrisma(), team.workspace.id);
    await drainImmediate(team.workspace.id);
    expect(inbox.to(team.member.user.email)).toHaveLength(0);
  });
});

describe("daily digest", () => {
  it("groups a day's unread notifications into one mail, once", async () => {
    const team = await createDebateTeam();
    await team.member.caller.notification.setEmailMode({
      workspaceId: team.workspace.id,
      emailMode: "digest",
    });
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const position = await post(team.member.caller, debateId, "position", null);
    for (let i = 0; i < 3; i += 1)
      await post(team.facilitator.caller, debateId, "objection", position.id);
    await fanOutWorkspace(testPrisma(), team.workspace.id);
    await drainImmediate(team.workspace.id);
    expect(inbox.to(team.member.user.email)).toHaveLength(0); // digest readers get no single mails

    // Not due yet: the first digest comes a day after choosing it.
    const tomorrow = new Date(Date.now() + 24 * 60 * 60_000 + 60_000);
    const only = { workspaceId: team.workspace.id };
    while ((await sendDailyDigests(testPrisma(), mailer, settings, only)) > 0);
    expect(inbox.to(team.member.user.email)).toHaveLength(0);
    // A day on, the notifications are still "of the last day" if we move their clock too.
    await testPrisma().notification.updateMany({
      where: { workspaceId: team.workspace.id },
      data: { createdAt: new Date(tomorrow.getTime() - 60 * 60_000) },
    });
    while (
      (await sendDailyDigests(testPrisma(), mailer, settings, { ...only, now: tomorrow })) > 0
    );
    while (
      (await sendDailyDigests(testPrisma(), mailer, settings, { ...only, now: tomorrow })) > 0
    );
    const mails = inbox.to(team.member.user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain("3 notifications");
    expect(mails[0]!.text?.match(/Someone objected to your claim/g)).toHaveLength(3);
    expect(headerLine(mails[0]!, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
  });

  it("tries a refused mail again later and later, then gives up, recording why", async () => {
    const { team } = await teamWithObjections(1);
    const address = team.member.user.email.toLowerCase();
    inbox.refusing.add(address);
    const start = new Date();
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    const pass = async (minutes: number) => {
      while (
        (await sendImmediateEmails(testPrisma(), mailer, settings, {
          workspaceId: team.workspace.id,
          now: at(minutes),
        })) > 0
      ) {}
      return inbox.refusals.get(address) ?? 0;
    };
    expect(await pass(0)).toBe(1);
    expect(await pass(0.5)).toBe(1); // not yet: the first retry waits a minute
    expect(await pass(1.1)).toBe(2);
    expect(await pass(2)).toBe(2); // the second waits two more
    expect(await pass(3.2)).toBe(3);
    const row = await testPrisma().notification.findFirstOrThrow({
      where: { recipientId: team.member.user.id },
      select: { emailAttempts: true, emailError: true, emailedAt: true },
    });
    expect(row).toMatchObject({ emailAttempts: 3, emailedAt: null });
    expect(row.emailError).toMatch(/Mailbox unavailable/);

    // The server takes it again: the next due attempt delivers, once.
    inbox.refusing.delete(address);
    expect(inbox.to(address)).toHaveLength(0);
    await pass(8);
    expect(inbox.to(address)).toHaveLength(1);
    await pass(600);
    expect(inbox.to(address)).toHaveLength(1);
  });

  it("stops after the last attempt", async () => {
    const { team } = await teamWithObjections(1);
    const address = team.member.user.email.toLowerCase();
    inbox.refusing.add(address);
    const start = Date.now();
    for (let hour = 0; hour <= 20; hour += 0.25)
      while (
        (await sendImmediateEmails(testPrisma(), mailer, settings, {
          workspaceId: team.workspace.id,
          now: new Date(start + hour * 3_600_000),
        })) > 0
      ) {}
    expect(inbox.refusals.get(address)).toBe(8);
    inbox.refusing.delete(address);
  });
});
