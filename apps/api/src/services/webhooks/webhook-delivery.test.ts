// Outgoing webhooks end to end: a real HTTP receiver started here gets the
// event log, signed, in order, retried after a failure, and stops once the
// webhook is disabled; two workers running at once send each event once.
import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectTrpcError } from "../../test/assertions.ts";
import { createDebateTeam, openDebate, post } from "../../test/debate-fixtures.ts";
import { testPrisma } from "../../test/harness.ts";
import { deliverDueWebhooks } from "./webhook-worker.ts";

type Received = { headers: Record<string, string | string[] | undefined>; body: string };

/** A receiver that answers each request with the next status of `statuses` (then 200). */
async function startReceiver(statuses: number[] = []) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => {
      body += chunk.toString("utf8");
    });
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.statusCode = statuses.shift() ?? 200;
      res.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("receiver has no port");
  return { url: `http://127.0.0.1:${address.port}/hook`, received, server };
}

const servers: Server[] = [];
beforeEach(async () => {
  await testPrisma().webhook.deleteMany({});
});
afterEach(async () => {
  // Webhooks of finished tests must not be claimed by the next test's passes.
  await testPrisma().webhook.deleteMany({});
  for (const server of servers.splice(0)) server.close();
});

async function arrange(statuses: number[] = [], eventTypes = ["claim.posted"]) {
  const team = await createDebateTeam();
  const receiver = await startReceiver(statuses);
  servers.push(receiver.server);
  const hook = await team.owner.caller.webhook.create({
    workspaceId: team.workspace.id,
    url: receiver.url,
    eventTypes,
  });
  return { team, receiver, hook };
}

const payloadOf = (r: Received) =>
  JSON.parse(r.body) as {
    id: string;
    type: string;
    debateId: string;
    data: Record<string, unknown>;
  };
const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describe("webhook delivery", () => {
  it("posts chosen events in order, signed with the secret", async () => {
    const { team, receiver, hook } = await arrange();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const first = await post(team.member.caller, debateId, "position", null, "First");
    const second = await post(team.member.caller, debateId, "objection", first.id, "Second");
    await deliverDueWebhooks(testPrisma());

    expect(receiver.received.map((r) => payloadOf(r).data.subjectId)).toEqual([
      first.id,
      second.id,
    ]);
    const ids = receiver.received.map((r) => BigInt(payloadOf(r).id));
    expect(ids[0]! < ids[1]!).toBe(true);
    for (const r of receiver.received) {
      const timestamp = String(r.headers["x-steelman-timestamp"]);
      const expected = createHmac("sha256", hook.secret)
        .update(`${timestamp}.${r.body}`)
        .digest("hex");
      expect(r.headers["x-steelman-signature"]).toBe(`sha256=${expected}`);
      expect(payloadOf(r)).toMatchObject({ type: "claim.posted", debateId });
    }
    // Not chosen: debate.created went by without a delivery.
    expect(receiver.received.some((r) => payloadOf(r).type === "debate.created")).toBe(false);
  });

  it("names no author in an anonymous debate", async () => {
    const { team, receiver } = await arrange();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id, {
      anonymous: true,
    });
    await post(team.member.caller, debateId, "position", null, "Quietly");
    await deliverDueWebhooks(testPrisma());
    const [only] = receiver.received;
    expect(payloadOf(only!).data.actor).toBeNull();
    expect(only!.body).not.toContain(team.member.user.displayName);
  });

  it("retries after a 500 and logs both attempts", async () => {
    const { team, receiver, hook } = await arrange([500]);
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const claim = await post(team.member.caller, debateId, "position", null, "Again");
    await deliverDueWebhooks(testPrisma());
    expect(receiver.received).toHaveLength(1);
    // Not yet due: the retry waits.
    await deliverDueWebhooks(testPrisma());
    expect(receiver.received).toHaveLength(1);
    await deliverDueWebhooks(testPrisma(), { now: later(5) });
    expect(receiver.received.map((r) => payloadOf(r).data.subjectId)).toEqual([claim.id, claim.id]);

    const log = await team.owner.caller.webhook.deliveries({
      workspaceId: team.workspace.id,
      webhookId: hook.id,
    });
    expect(log.map((d) => [d.attempt, d.statusCode, d.succeeded])).toEqual([
      [2, 200, true],
      [1, 500, false],
    ]);
  });

  it("disables a webhook after repeated failures until an owner re-enables it", async () => {
    const { team, receiver, hook } = await arrange([500, 500, 500]);
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    await post(team.member.caller, debateId, "position", null, "Failing");
    for (let minutes = 0; minutes < 4 * 60; minutes += 60) {
      await deliverDueWebhooks(testPrisma(), { now: later(minutes), maxFailures: 3 });
    }
    expect(receiver.received).toHaveLength(3);
    const ws = { workspaceId: team.workspace.id };
    const [disabled] = await team.owner.caller.webhook.list(ws);
    expect(disabled).toMatchObject({ enabled: false, consecutiveFailures: 3 });

    await team.owner.caller.webhook.update({ ...ws, webhookId: hook.id, enabled: true });
    await deliverDueWebhooks(testPrisma());
    expect(receiver.received).toHaveLength(4);
    const [again] = await team.owner.caller.webhook.list(ws);
    expect(again).toMatchObject({ enabled: true, consecutiveFailures: 0 });
  });

  it("sends each event once when two workers run at the same time", async () => {
    const { team, receiver } = await arrange();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const posted: string[] = [];
    for (const body of ["One", "Two", "Three", "Four", "Five"]) {
      posted.push((await post(team.member.caller, debateId, "position", null, body)).id);
    }
    await Promise.all([deliverDueWebhooks(testPrisma()), deliverDueWebhooks(testPrisma())]);
    await deliverDueWebhooks(testPrisma());
    expect(receiver.received.map((r) => payloadOf(r).data.subjectId)).toEqual(posted);
  });
});

describe("webhook settings", () => {
  it("refuses plain http to other hosts and lets members see nothing", async () => {
    const team = await createDebateTeam();
    const ws = { workspaceId: team.workspace.id };
    await expectTrpcError(
      team.owner.caller.webhook.create({
        ...ws,
        url: "http://chat.example/hook",
        eventTypes: ["*"],
      }),
      "BAD_REQUEST",
    );
    await expectTrpcError(team.facilitator.caller.webhook.list(ws), "FORBIDDEN");
  });

  it("shows the secret once and sends a test delivery", async () => {
    const { team, receiver, hook } = await arrange();
    expect(hook.secret).toMatch(/^whsec_/);
    const ws = { workspaceId: team.workspace.id };
    const [listed] = await team.owner.caller.webhook.list(ws);
    expect(listed).not.toHaveProperty("secret");
    const result = await team.owner.caller.webhook.test({ ...ws, webhookId: hook.id });
    expect(result).toMatchObject({ succeeded: true, statusCode: 200 });
    expect(payloadOf(receiver.received[0]!).type).toBe("webhook.test");
    await team.owner.caller.webhook.delete({ ...ws, webhookId: hook.id });
    expect(await team.owner.caller.webhook.list(ws)).toEqual([]);
  });
});
