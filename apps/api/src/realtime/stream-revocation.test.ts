// Live streams over real HTTP with real cookies: a stream ends when its
// session ends or its reader loses the debate, and re-redacts when the
// reader is demoted or the debate turns anonymous.
import { describe, expect, it } from "vitest";
import { createDebateTeam, openDebate, post } from "../test/debate-fixtures.ts";
import { SseStream, signInOverHttp, trpcMutation } from "../test/http-client.ts";
import { streamingTestServer } from "../test/http-server.ts";

const live = streamingTestServer();

type Presented = { type: string; subjectId: string | null; actor: { id: string } | null };

/** Follows a debate from its first event (id 0), so nothing can slip past the subscription. */
async function follow(debateId: string, cookie: string) {
  const stream = await SseStream.open(
    live.url,
    "live.debate",
    { debateId, lastEventId: "0" },
    cookie,
  );
  live.streams.push(stream);
  return stream;
}

/** Reads until the event about `subjectId` arrives. */
async function eventAbout(stream: SseStream, subjectId: string): Promise<Presented> {
  for (;;) {
    const message = await stream.nextData();
    if (!message) throw new Error("the stream ended before the event arrived");
    const event = message.data as Presented;
    if (event.subjectId === subjectId) return event;
  }
}

/** Reads until the server ends the stream; returns the error it ended with. */
async function endOf(stream: SseStream): Promise<{ code?: string; message?: string }> {
  let error: unknown = null;
  for (;;) {
    const message = await stream.next();
    if (!message) return (error ?? {}) as { code?: string; message?: string };
    if (message.event === "serialized-error") {
      const formatted = message.data as { message: string; data: { code: string } };
      error = { code: formatted.data.code, message: formatted.message };
    }
  }
}

describe("a live stream over HTTP", () => {
  it("ends when its session signs out", { timeout: 20_000 }, async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.owner.caller, team.workspace.id);
    const cookie = await signInOverHttp(live.url, team.member.user.email);
    const stream = await follow(debateId, cookie);
    const claim = await post(team.owner.caller, debateId, "position", null);
    expect((await eventAbout(stream, claim.id)).type).toBe("claim.posted");

    const signedOut = await trpcMutation(live.url, "auth.signOut", null, { cookie });
    expect(signedOut.status).toBe(200);
    expect(await endOf(stream)).toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("ends when its session is revoked from another session", { timeout: 20_000 }, async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.owner.caller, team.workspace.id);
    const laptop = await signInOverHttp(live.url, team.member.user.email);
    const phone = await signInOverHttp(live.url, team.member.user.email);
    const stream = await follow(debateId, laptop);

    const revoked = await trpcMutation(live.url, "auth.revokeOtherSessions", null, {
      cookie: phone,
    });
    expect(revoked.status).toBe(200);
    expect(await endOf(stream)).toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("ends when its reader is removed from the workspace", { timeout: 20_000 }, async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.owner.caller, team.workspace.id);
    const cookie = await signInOverHttp(live.url, team.member.user.email);
    const stream = await follow(debateId, cookie);

    await team.owner.caller.workspace.removeMember({
      workspaceId: team.workspace.id,
      userId: team.member.user.id,
    });
    expect(await endOf(stream)).toMatchObject({ code: "NOT_FOUND" });
  });

  it("hides authors from the next event once the debate turns anonymous", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.owner.caller, team.workspace.id);
    const stream = await follow(debateId, await signInOverHttp(live.url, team.member.user.email));
    const named = await post(team.owner.caller, debateId, "position", null);
    expect((await eventAbout(stream, named.id)).actor?.id).toBe(team.owner.user.id);

    await team.owner.caller.debate.update({ debateId, anonymous: true });
    const unnamed = await post(team.owner.caller, debateId, "position", null);
    expect((await eventAbout(stream, unnamed.id)).actor).toBeNull();
  });

  it("hides authors from a facilitator demoted in an anonymous debate", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.owner.caller, team.workspace.id, { anonymous: true });
    const stream = await follow(
      debateId,
      await signInOverHttp(live.url, team.facilitator.user.email),
    );
    const named = await post(team.owner.caller, debateId, "position", null);
    expect((await eventAbout(stream, named.id)).actor?.id).toBe(team.owner.user.id);

    await team.owner.caller.workspace.changeRole({
      workspaceId: team.workspace.id,
      userId: team.facilitator.user.id,
      role: "member",
    });
    // The role change reaches the stream before this claim's event does.
    const unnamed = await post(team.owner.caller, debateId, "position", null);
    expect((await eventAbout(stream, unnamed.id)).actor).toBeNull();
  });
});
