// The plain SSE route the web's pages follow (GET /api/live/debates/:id),
// over real HTTP with real cookies: the same events and deltas as the tRPC
// stream, bare JSON, resumed from Last-Event-ID without a gap or a repeat,
// refused with plain HTTP answers, and ended with an `error` event when the
// session signs out.
import { describe, expect, it } from "vitest";
import { EventBus } from "../realtime/event-bus.ts";
import { STREAMS_PER_PERSON } from "../realtime/stream-quota.ts";
import { createDebateTeam, openDebate, post } from "../test/debate-fixtures.ts";
import { testEnv, testPrisma } from "../test/harness.ts";
import { SseStream, signInOverHttp, trpcMutation } from "../test/http-client.ts";
import { streamingTestServer } from "../test/http-server.ts";
import { buildServer } from "./server.ts";

const live = streamingTestServer();

type Shown = {
  type: string;
  subjectId: string | null;
  delta?: { claims: { id: string; body: string }[] };
};

async function open(debateId: string, headers: Record<string, string>, query = "") {
  const answer = await SseStream.openPlain(
    live.url,
    `/api/live/debates/${debateId}${query}`,
    headers,
  );
  if (!(answer instanceof SseStream)) throw new Error(`refused: ${JSON.stringify(answer)}`);
  live.streams.push(answer);
  return answer;
}

/** Reads messages until one is about `subjectId`; every message read on the way is returned too. */
async function readUntil(stream: SseStream, subjectId: string) {
  const read: { id: string | null; data: Shown }[] = [];
  for (;;) {
    const message = await stream.nextData();
    if (!message) throw new Error("the stream ended first");
    read.push({ id: message.id, data: message.data as Shown });
    if ((message.data as Shown).subjectId === subjectId) return read;
  }
}

describe("GET /api/live/debates/:id", () => {
  it("carries a claim posted by someone else, with its change, as bare JSON", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.owner.caller, team.workspace.id);
    const cookie = await signInOverHttp(live.url, team.observer.user.email);
    const stream = await open(debateId, { cookie }, "?lastEventId=0");
    expect(stream.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(stream.headers.get("x-content-type-options")).toBe("nosniff");
    // Once the log's debate.created has come, the stream is live: what follows carries its change.
    await readUntil(stream, debateId);
    const claim = await post(team.owner.caller, debateId, "position", null, "Streamed plainly");
    const [event] = (await readUntil(stream, claim.id)).slice(-1);
    expect(event?.id).toMatch(/^\d+$/);
    expect(event?.data.type).toBe("claim.posted");
    expect(event?.data.delta?.claims.map((c) => c.body)).toContain("Streamed plainly");
    expect(event?.data).not.toHaveProperty("json");
  });

  it("resumes after Last-Event-ID with every later event once, none before", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.owner.caller, team.workspace.id);
    const cookie = await signInOverHttp(live.url, team.member.user.email);
    const first = await post(team.owner.caller, debateId, "position", null);
    const second = await post(team.owner.caller, debateId, "position", null);
    const firstStream = await open(debateId, { cookie }, "?lastEventId=0");
    const upToFirst = await readUntil(firstStream, first.id);
    firstStream.close();
    const third = await post(team.owner.caller, debateId, "objection", second.id);

    const resumed = await open(debateId, { cookie, "last-event-id": upToFirst.at(-1)!.id! });
    const after = await readUntil(resumed, third.id);
    expect(after.map((m) => m.data.subjectId)).toEqual([second.id, third.id]);
    expect(new Set(after.map((m) => m.id)).size).toBe(2);
  });

  it("refuses with plain HTTP answers and a sentence", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.owner.caller, team.workspace.id);
    const outsider = await createDebateTeam();
    const outsiderCookie = await signInOverHttp(live.url, outsider.member.user.email);
    const cookie = await signInOverHttp(live.url, team.member.user.email);

    const noCookie = await SseStream.openPlain(live.url, `/api/live/debates/${debateId}`, {});
    expect(noCookie).toMatchObject({ status: 401, body: { code: "UNAUTHORIZED" } });
    const stranger = await SseStream.openPlain(live.url, `/api/live/debates/${debateId}`, {
      cookie: outsiderCookie,
    });
    expect(stranger).not.toBeInstanceOf(SseStream);
    expect([403, 404]).toContain((stranger as { status: number }).status);
    const unknown = await SseStream.openPlain(live.url, "/api/live/debates/not-a-debate", {
      cookie,
    });
    expect(unknown).toMatchObject({ status: 404, body: { message: "Unknown debate." } });
    const badId = await SseStream.openPlain(
      live.url,
      `/api/live/debates/${debateId}?lastEventId=yesterday`,
      { cookie },
    );
    expect(badId).toMatchObject({ status: 400, body: { message: /event id/ } });
    // An API token alone is told why it cannot follow a stream.
    const { token } = await team.member.caller.apiToken.create({
      workspaceId: team.workspace.id,
      name: "stream",
      scope: "read",
    });
    const bearer = await SseStream.openPlain(live.url, `/api/live/debates/${debateId}`, {
      authorization: `Bearer ${token}`,
    });
    expect(bearer).toMatchObject({ status: 403, body: { message: /API tokens cannot follow/ } });
  });

  it(`refuses stream number ${STREAMS_PER_PERSON + 1} of one person with a 429`, async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.owner.caller, team.workspace.id);
    const cookie = await signInOverHttp(live.url, team.member.user.email);
    const held = [];
    for (let i = 0; i < STREAMS_PER_PERSON; i++) held.push(await open(debateId, { cookie }));
    // Each stream takes its slot when it starts reading: wait for the last one.
    await post(team.owner.caller, debateId, "position", null);
    for (const stream of held) await stream.nextData();
    const refused = await SseStream.openPlain(live.url, `/api/live/debates/${debateId}`, {
      cookie,
    });
    expect(refused).toMatchObject({ status: 429, body: { message: /live pages open/ } });
    held[0]!.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const again = await open(debateId, { cookie });
    again.close();
    for (const stream of held) stream.close();
  });

  it("ends with an error event when its session signs out", { timeout: 20_000 }, async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.owner.caller, team.workspace.id);
    const cookie = await signInOverHttp(live.url, team.member.user.email);
    const stream = await open(debateId, { cookie }, "?lastEventId=0");
    const claim = await post(team.owner.caller, debateId, "position", null);
    await readUntil(stream, claim.id);
    expect((await trpcMutation(live.url, "auth.signOut", null, { cookie })).status).toBe(200);
    let ended: unknown = null;
    for (let m = await stream.next(); m; m = await stream.next()) {
      if (m.event === "error") ended = m.data;
    }
    expect(ended).toMatchObject({ code: "UNAUTHORIZED", httpStatus: 401 });
  });

  it("refuses with a 503 while the instance cannot hear live events (never shows a dead stream as live)", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.owner.caller, team.workspace.id);
    const cookie = await signInOverHttp(live.url, team.member.user.email);
    // An instance whose LISTEN connection is not up (never started here).
    const deaf = await buildServer(testPrisma(), testEnv, new EventBus(testPrisma(), "", () => {}));
    await deaf.listen({ host: "127.0.0.1", port: 0 });
    try {
      const address = deaf.server.address() as { port: number };
      const answer = await SseStream.openPlain(
        `http://127.0.0.1:${address.port}`,
        `/api/live/debates/${debateId}`,
        { cookie },
      );
      expect(answer).toMatchObject({ status: 503, body: { message: /live connection/ } });
    } finally {
      await deaf.close();
    }
  });
});
