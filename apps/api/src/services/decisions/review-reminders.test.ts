import { createPrismaClient } from "@steelman/db";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { PrismaClient } from "../../db.ts";
import { createDebateTeam, openDebate } from "../../test/debate-fixtures.ts";
import { testPrisma } from "../../test/harness.ts";
import { type SmtpInbox, startSmtpInbox } from "../../test/smtp-inbox.ts";
import { createMailer, type Mailer } from "../email/mailer.ts";
import { sendImmediateEmails } from "../notifications/email-outbox.ts";
import { fanOutWorkspace } from "../notifications/fan-out.ts";
import { remindDueReviews } from "./review-reminders.ts";

// A second client stands for a second API instance with its own pool.
const otherInstance = createPrismaClient(inject("databaseUrl"), { poolSize: 5 });
const WEB = "https://steelman.example";
const DAY = 24 * 60 * 60_000;

let inbox: SmtpInbox;
let mailer: Mailer;
beforeAll(async () => {
  inbox = await startSmtpInbox();
  mailer = createMailer(inbox.mailEnv);
  await otherInstance.$queryRaw`SELECT 1`; // connected, so both instances start together
});
afterAll(async () => {
  mailer.close();
  await inbox.close();
  await otherInstance.$disconnect();
});

type Team = Awaited<ReturnType<typeof createDebateTeam>>;

function createDecision(
  team: Team,
  debateId: string,
  fields: { reviewBy: Date; seriesId?: string; version?: number; supersedesSeriesId?: string },
) {
  return testPrisma().decision.create({
    data: {
      workspaceId: team.workspace.id,
      debateId,
      seriesId: fields.seriesId ?? crypto.randomUUID(),
      version: fields.version ?? 1,
      outcome: "Move to Leeds",
      rationale: "Cheaper rent.",
      ownerId: team.member.user.id,
      recordedById: team.facilitator.user.id,
      reviewBy: fields.reviewBy,
      supersedesSeriesId: fields.supersedesSeriesId ?? null,
    },
    select: { id: true, seriesId: true },
  });
}

async function drain(db: PrismaClient) {
  while ((await remindDueReviews(db)) > 0);
}

const remindersOf = (decisionId: string) =>
  testPrisma().event.count({ where: { subjectId: decisionId, type: "decision.review_due" } });

describe("review-date reminders", () => {
  it("records one reminder per due decision, even with two instances racing", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const due = [];
    for (let i = 0; i < 10; i += 1)
      due.push(await createDecision(team, debateId, { reviewBy: new Date(Date.now() - DAY) }));
    const later = await createDecision(team, debateId, { reviewBy: new Date(Date.now() + DAY) });
    await Promise.all([testPrisma(), otherInstance, testPrisma(), otherInstance].map(drain));
    await drain(testPrisma());
    for (const decision of due) expect(await remindersOf(decision.id)).toBe(1);
    expect(await remindersOf(later.id)).toBe(0);
  });

  it("reminds only of the current version of a decision nothing superseded", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const past = new Date(Date.now() - DAY);
    const first = await createDecision(team, debateId, { reviewBy: past });
    const amended = await createDecision(team, debateId, {
      reviewBy: past,
      seriesId: first.seriesId,
      version: 2,
    });
    const replaced = await createDecision(team, debateId, { reviewBy: past });
    await createDecision(team, debateId, {
      reviewBy: new Date(Date.now() + DAY),
      supersedesSeriesId: replaced.seriesId,
    });
    await drain(testPrisma());
    expect(await remindersOf(first.id)).toBe(0);
    expect(await remindersOf(amended.id)).toBe(1);
    expect(await remindersOf(replaced.id)).toBe(0);
  });

  it("notifies facilitators, owners and the decision's owner, and mails them a link", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id, {
      question: "Where should the office be?",
    });
    const due = await createDecision(team, debateId, { reviewBy: new Date(Date.now() - DAY) });
    await drain(testPrisma());
    await fanOutWorkspace(testPrisma(), team.workspace.id);
    const rows = await testPrisma().notification.findMany({
      where: { workspaceId: team.workspace.id, kind: "decision_review_due" },
      select: { recipientId: true, concernsId: true },
    });
    expect(new Set(rows.map((r) => r.recipientId))).toEqual(
      new Set([team.owner.user.id, team.facilitator.user.id, team.member.user.id]),
    );
    expect(rows.every((r) => r.concernsId === due.id)).toBe(true);

    const settings = { mail: inbox.mailEnv, publicWebUrl: WEB };
    while (
      (await sendImmediateEmails(testPrisma(), mailer, settings, {
        workspaceId: team.workspace.id,
      })) > 0
    );
    const mails = inbox.to(team.owner.user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("A decision is due for review in “Where should the office be?”");
    expect(mails[0]!.text).toContain(`${WEB}/w/${team.workspace.slug}/decisions/${due.id}`);
    expect(inbox.to(team.observer.user.email)).toHaveLength(0);
  });
});
