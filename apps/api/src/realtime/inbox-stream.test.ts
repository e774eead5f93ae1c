// The bell over a real HTTP stream with real cookies: the unread count
// arrives when the stream opens, again when a notification is written for
// the person (by a fan-out pass that commits elsewhere: the signal travels
// through PostgreSQL's NOTIFY), and when they read them in another tab; the
// stream ends when the session does, and API tokens cannot open it.
import { describe, expect, it } from "vitest";
import { fanOutWorkspace } from "../services/notifications/fan-out.ts";
import { createDebateTeam, openDebate, post } from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";
import { SseStream, signInOverHttp, trpcMutation } from "../test/http-client.ts";
import { streamingTestServer } from "../test/http-server.ts";

const live = streamingTestServer();

async function openBell(cookie: string) {
  const stream = await SseStream.open(live.url, "notification.live", undefined, cookie);
  live.streams.push(stream);
  return stream;
}

async function nextCount(stream: SseStream): Promise<number> {
  const message = await stream.nextData();
  if (!message) throw new Error("the bell's stream ended");
  return (message.data as { unread: number }).unread;
}

describe("the bell's live stream", () => {
  it("counts a new notification at once, and reading it in another tab", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const claim = await post(team.member.caller, debateId, "position", null);
    const cookie = await signInOverHttp(live.url, team.member.user.email);
    const bell = await openBell(cookie);
    expect(await nextCount(bell)).toBe(0);

    await post(team.facilitator.caller, debateId, "objection", claim.id);
    await post(team.owner.caller, debateId, "support", claim.id);
    await fanOutWorkspace(testPrisma(), team.workspace.id);
    expect(await nextCount(bell)).toBe(2);

    const otherTab = await signInOverHttp(live.url, team.member.user.email);
    const read = await trpcMutation(
      live.url,
      "notification.markRead",
      { all: true },
      { cookie: otherTab },
    );
    expect(read.status).toBe(200);
    expect(await nextCount(bell)).toBe(0);
  });

  it("carries only the person's own count", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const theirs = await post(team.owner.caller, debateId, "position", null);
    const mine = await post(team.member.caller, debateId, "position", null);
    const bell = await openBell(await signInOverHttp(live.url, team.member.user.email));
    expect(await nextCount(bell)).toBe(0);
    await post(team.facilitator.caller, debateId, "objection", theirs.id); // the owner's
    await fanOutWorkspace(testPrisma(), team.workspace.id);
    await post(team.facilitator.caller, debateId, "objection", mine.id);
    await fanOutWorkspace(testPrisma(), team.workspace.id);
    expect(await nextCount(bell)).toBe(1);
  });

  it("ends when its session signs out", { timeout: 20_000 }, async () => {
    const team = await createDebateTeam();
    const cookie = await signInOverHttp(live.url, team.member.user.email);
    const bell = await openBell(cookie);
    expect(await nextCount(bell)).toBe(0);
    expect((await trpcMutation(live.url, "auth.signOut", null, { cookie })).status).toBe(200);
    let ended: { event: string; data: unknown } | null = null;
    for (;;) {
      const message = await bell.next();
      if (!message) break;
      if (message.event === "serialized-error") ended = message;
    }
    expect(ended?.data).toMatchObject({ data: { code: "UNAUTHORIZED" } });
  });
});
