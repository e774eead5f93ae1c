// One-click unsubscribe over real HTTP, as a mail client does it (RFC 8058):
// a form-encoded POST to the List-Unsubscribe address, no cookie, no Origin.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUnsubscribeToken } from "../domain/notifications/unsubscribe-token.ts";
import { createMailer, type Mailer } from "../services/email/mailer.ts";
import { sendImmediateEmails } from "../services/notifications/email-outbox.ts";
import { readEmailMode } from "../services/notifications/email-settings.ts";
import { fanOutWorkspace } from "../services/notifications/fan-out.ts";
import { createDebateTeam, openDebate, post } from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";
import { startTestServer } from "../test/http-server.ts";
import { headerLine, type SmtpInbox, startSmtpInbox } from "../test/smtp-inbox.ts";

let inbox: SmtpInbox;
let mailer: Mailer;
let url = "";
let server: FastifyInstance | undefined;
beforeAll(async () => {
  inbox = await startSmtpInbox();
  mailer = createMailer(inbox.mailEnv);
  ({ url, server } = await startTestServer(inbox.env));
});
afterAll(async () => {
  await server?.close();
  mailer.close();
  await inbox.close();
});

function oneClick(address: string) {
  return fetch(address, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "List-Unsubscribe=One-Click",
  });
}

async function mailAnObjection(team: Awaited<ReturnType<typeof createDebateTeam>>) {
  const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
  const position = await post(team.member.caller, debateId, "position", null);
  await post(team.facilitator.caller, debateId, "objection", position.id);
  await fanOutWorkspace(testPrisma(), team.workspace.id);
  // Links point at this test server, so the mail's own address is followed.
  const settings = { mail: inbox.mailEnv, publicWebUrl: url };
  while (
    (await sendImmediateEmails(testPrisma(), mailer, settings, {
      workspaceId: team.workspace.id,
    })) > 0
  );
}

describe("one-click unsubscribe over HTTP", () => {
  it("turns email off for that workspace from the mail's List-Unsubscribe address", async () => {
    const team = await createDebateTeam();
    await mailAnObjection(team);
    const mail = inbox.to(team.member.user.email)[0];
    const address = /^<(.+)>$/.exec(headerLine(mail!, "List-Unsubscribe") ?? "")?.[1];
    expect(address).toMatch(new RegExp(`^${url}/api/unsubscribe\\?token=`));

    const response = await oneClick(address!);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      unsubscribed: true,
      workspaceName: team.workspace.name,
    });
    expect(await readEmailMode(testPrisma(), team.member.user.id, team.workspace.id)).toBe("off");

    await mailAnObjection(team);
    expect(inbox.to(team.member.user.email)).toHaveLength(1);
  });

  it("refuses a forged or altered token and changes nothing", async () => {
    const team = await createDebateTeam();
    const target = { userId: team.member.user.id, workspaceId: team.workspace.id };
    const forged = signUnsubscribeToken("some-other-secret-of-sufficient-length!!", target);
    const response = await oneClick(`${url}/api/unsubscribe?token=${encodeURIComponent(forged)}`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(
      /not valid/,
    );
    expect(await readEmailMode(testPrisma(), team.member.user.id, team.workspace.id)).toBe(
      "immediate",
    );
  });

  it("unsubscribes through the page's tRPC call without a session", async () => {
    const team = await createDebateTeam();
    const target = { userId: team.member.user.id, workspaceId: team.workspace.id };
    const token = signUnsubscribeToken(inbox.mailEnv.secret, target);
    const response = await fetch(`${url}/trpc/notification.unsubscribe`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000" },
      body: JSON.stringify({ json: { token } }),
    });
    expect(response.status).toBe(200);
    expect(await readEmailMode(testPrisma(), team.member.user.id, team.workspace.id)).toBe("off");
  });
});
