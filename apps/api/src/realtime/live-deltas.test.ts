// Live events carry what they changed, as each reader may see it, over real
// HTTP and SSE: the new claim, the claims above it with their new status, the
// new counts; names and hidden text only for those who may see them.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimActionsFor, decodeClaimActions } from "../domain/debate/claim-actions.ts";
import { post } from "../test/debate-fixtures.ts";
import { SseStream, signInOverHttp } from "../test/http-client.ts";
import { startTestServer } from "../test/http-server.ts";
import { arrangeWorkshop, debateEvents } from "../test/workshop-fixtures.ts";
import type { DebateDelta } from "./debate-delta.ts";

let url = "";
let server: FastifyInstance | undefined;
const streams: SseStream[] = [];

beforeAll(async () => {
  ({ url, server } = await startTestServer());
});
afterAll(async () => {
  for (const stream of streams) stream.close();
  await server?.close();
});

type Delta = DebateDelta & { isMine: boolean };
type Received = { type: string; subjectId: string | null; delta?: Delta };

async function follow(debateId: string, cookie: string) {
  const stream = await SseStream.open(url, "live.debate", { debateId }, cookie);
  streams.push(stream);
  return stream;
}

/** Reads until the event of `type` about `subjectId` arrives. */
async function eventAbout(stream: SseStream, type: string, subjectId: string) {
  for (;;) {
    const message = await stream.nextData();
    if (!message) throw new Error("the stream ended before the event arrived");
    const event = message.data as Received;
    if (event.type === type && event.subjectId === subjectId) return { id: message.id, event };
  }
}

const claimIn = (delta: Delta | undefined, id: string) => delta?.claims.find((c) => c.id === id);

describe("a live event's delta", () => {
  it("carries the new claim, the claims above it with their new status, and the counts", async () => {
    const w = await arrangeWorkshop();
    const observer = await follow(w.debateId, await signInOverHttp(url, w.observer.user.email));
    const author = await follow(w.debateId, await signInOverHttp(url, w.facilitator.user.email));
    const before = (await debateEvents(w.debateId)).at(-1)!.id.toString();

    const objection = await post(w.facilitator.caller, w.debateId, "objection", w.position.id);
    const seen = await eventAbout(observer, "claim.posted", objection.id);
    const delta = seen.event.delta;
    expect(delta?.after).toBe(before);
    expect(delta?.isMine).toBe(false);
    expect(delta?.claims.map((c) => c.id).sort()).toEqual([objection.id, w.position.id].sort());
    expect(claimIn(delta, objection.id)).toMatchObject({
      number: objection.number,
      kind: "objection",
      targetId: w.position.id,
      authorId: w.facilitator.user.id,
      unanswered: true,
      revisionCount: 1,
    });
    expect(claimIn(delta, w.position.id)).toMatchObject({ unansweredCount: 1, label: "out" });
    expect(delta?.people).toEqual({
      [w.facilitator.user.id]: w.facilitator.user.displayName,
      [w.member.user.id]: w.member.user.displayName,
    });
    expect(delta?.counts).toEqual({ claims: 2, unanswered: 1, parked: 0 });
    // The same as a whole read shows afterwards, field for field.
    const read = await w.observer.caller.debate.get({ debateId: w.debateId });
    for (const { canRelative: _bits, ...claim } of delta?.claims ?? []) {
      expect(read.claims.find((c) => c.id === claim.id)).toMatchObject(claim);
    }
    expect(read.counts).toEqual(delta?.counts);
    expect((await eventAbout(author, "claim.posted", objection.id)).event.delta?.isMine).toBe(true);

    await w.facilitator.caller.claim.edit({ claimId: objection.id, body: "Sharper now" });
    const edited = await eventAbout(observer, "claim.edited", objection.id);
    expect(edited.event.delta?.after).toBe(seen.id);
    expect(claimIn(edited.event.delta, objection.id)).toMatchObject({
      body: "Sharper now",
      revisionCount: 2,
    });
  });

  it("carries what each reader may do with the claims, once the page adds its own ties", async () => {
    const w = await arrangeWorkshop();
    const readers = {
      member: await follow(w.debateId, await signInOverHttp(url, w.member.user.email)),
      facilitator: await follow(w.debateId, await signInOverHttp(url, w.facilitator.user.email)),
    };
    // The member wrote the position: they may resolve an objection to it, as its author.
    const objection = await post(w.facilitator.caller, w.debateId, "objection", w.position.id);
    for (const name of ["member", "facilitator"] as const) {
      const { event } = await eventAbout(readers[name], "claim.posted", objection.id);
      const read = await w[name].caller.debate.get({ debateId: w.debateId });
      const mine = (id: string | null) => read.claims.find((c) => c.id === id)?.isMine === true;
      for (const claim of event.delta?.claims ?? []) {
        const ties = { mine: mine(claim.id), targetMine: mine(claim.targetId) };
        const whole = read.claims.find((c) => c.id === claim.id);
        expect(claimActionsFor(claim.canRelative, ties), `${name} #${claim.number}`).toBe(
          whole?.can,
        );
      }
    }
    const memberRead = await w.member.caller.debate.get({ debateId: w.debateId });
    const asMember = memberRead.claims.find((c) => c.id === objection.id);
    expect(decodeClaimActions(asMember?.can ?? 0)).toMatchObject({ resolve: true, edit: false });
  });

  it("shows an observer and a guest of an anonymous debate no names and no hidden text", async () => {
    const w = await arrangeWorkshop({ anonymous: true });
    const objection = await post(w.member.caller, w.debateId, "objection", w.position.id);
    const rebuttal = await post(w.member.caller, w.debateId, "objection", objection.id, "Not so");
    await w.facilitator.caller.claim.hide({ claimId: objection.id });
    const readers = {
      observer: await follow(w.debateId, await signInOverHttp(url, w.observer.user.email)),
      guest: await follow(w.debateId, `steelman_session=${w.guest.token}`),
      facilitator: await follow(w.debateId, await signInOverHttp(url, w.facilitator.user.email)),
    };

    await w.member.caller.claim.edit({ claimId: rebuttal.id, body: "Not so, and here is why" });
    for (const name of ["observer", "guest"] as const) {
      const { event } = await eventAbout(readers[name], "claim.edited", rebuttal.id);
      const delta = event.delta;
      expect(delta?.claims.map((c) => c.id).sort(), name).toEqual(
        [rebuttal.id, objection.id, w.position.id].sort(),
      );
      expect(
        delta?.claims.map((c) => c.authorId),
        name,
      ).toEqual([null, null, null]);
      expect(delta?.people, name).toEqual({});
      expect(claimIn(delta, objection.id)).toMatchObject({ moderation: "hidden", body: null });
      expect(claimIn(delta, rebuttal.id)?.body).toBe("Not so, and here is why");
      // Neither the author's id nor their name (the debate's own fields, say
      // viewerRole "member", hold the test user's name as a word).
      expect(JSON.stringify(event)).not.toContain(w.member.user.id);
      expect(JSON.stringify({ ...event, delta: { ...event.delta, debate: null } })).not.toContain(
        w.member.user.displayName,
      );
    }
    const { event } = await eventAbout(readers.facilitator, "claim.edited", rebuttal.id);
    expect(claimIn(event.delta, objection.id)?.body).toEqual(expect.any(String));
    expect(claimIn(event.delta, rebuttal.id)?.authorId).toBe(w.member.user.id);
  });
});
