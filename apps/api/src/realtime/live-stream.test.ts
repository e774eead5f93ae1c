// Live events through the real LISTEN/NOTIFY path, via createCaller.
import { describe, expect, it } from "vitest";
import { expectTrpcError } from "../test/assertions.ts";
import {
  createTestUser,
  createTestWorkspace,
  signedInCaller,
  testEventBus,
  testPrisma,
} from "../test/harness.ts";

type Presented = { id: string; data: { type: string; data: { number?: number } } };

/** Reads events from a subscription until `count` arrived or the time is up. */
async function collect(
  iterable: AsyncIterable<unknown>,
  count: number,
  ms = 5_000,
): Promise<Presented[]> {
  const seen: Presented[] = [];
  const iterator = iterable[Symbol.asyncIterator]();
  const deadline = Date.now() + ms;
  while (seen.length < count && Date.now() < deadline) {
    const next = await Promise.race([
      iterator.next(),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), deadline - Date.now())),
    ]);
    if (!next || next.done) break;
    // createCaller yields tRPC's tracked envelope, [id, data, marker]; over
    // HTTP the client receives { id, data }.
    const [id, data] = next.value as [string, Presented["data"]];
    seen.push({ id, data });
  }
  await iterator.return?.();
  return seen;
}

async function debateWithPeople() {
  const { workspace, owner, members } = await createTestWorkspace(["member", "observer"]);
  const host = await signedInCaller(owner);
  const debate = await host.caller.debate.create({ workspaceId: workspace.id, question: "Live?" });
  return { workspace, owner, members, host: host.caller, debate };
}

describe("live debate events", () => {
  it("delivers a claim posted by someone else to an observer", async () => {
    const { members, host, debate } = await debateWithPeople();
    const observer = await signedInCaller(members.observer!);
    const bus = await testEventBus();
    const listening = bus.subscriberCount;
    const stream = await observer.caller.live.debate({ debateId: debate.id });
    const received = collect(stream, 1);
    // Post only once the stream is registered on the bus, so it is a live delivery.
    while (bus.subscriberCount === listening) await new Promise((resolve) => setImmediate(resolve));
    await host.claim.post({ debateId: debate.id, kind: "position", body: "Streamed" });
    const [event] = await received;
    expect(event?.data.type).toBe("claim.posted");
    expect(event?.data.data.number).toBe(1);
  });

  it("tells an observer when an extra link is added and removed (their labels refetch)", async () => {
    const { members, host, debate } = await debateWithPeople();
    const first = await host.claim.post({ debateId: debate.id, kind: "position", body: "A" });
    const second = await host.claim.post({ debateId: debate.id, kind: "position", body: "B" });
    const objection = await host.claim.post({
      debateId: debate.id,
      kind: "objection",
      targetId: first.id,
      body: "Not A",
    });
    const observer = await signedInCaller(members.observer!);
    const stream = await observer.caller.live.debate({ debateId: debate.id });
    const received = collect(stream, 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await host.claim.link({ claimId: objection.id, toId: second.id });
    await host.claim.unlink({ claimId: objection.id, toId: second.id });
    const events = await received;
    expect(events.map((e) => e.data.type)).toEqual(["claim.linked", "claim.unlinked"]);
  });

  it("resumes after the last event id seen, missing nothing", async () => {
    const { host, debate } = await debateWithPeople();
    const first = await host.claim.post({ debateId: debate.id, kind: "position", body: "One" });
    const lastSeen = await testPrisma().event.findFirstOrThrow({
      where: { debateId: debate.id, subjectId: first.id },
      select: { id: true },
    });
    // While "disconnected", two more things happen.
    await host.claim.post({
      debateId: debate.id,
      kind: "objection",
      targetId: first.id,
      body: "Two",
    });
    await host.claim.edit({ claimId: first.id, body: "One, edited" });
    const stream = await host.live.debate({
      debateId: debate.id,
      lastEventId: lastSeen.id.toString(),
    });
    const events = await collect(stream, 2);
    expect(events.map((e) => e.data.type)).toEqual(["claim.posted", "claim.edited"]);
    expect(BigInt(events[0]!.id)).toBeGreaterThan(lastSeen.id);
  });

  it("refuses people outside the debate's workspace", async () => {
    const { debate } = await debateWithPeople();
    const stranger = await signedInCaller(await createTestUser("stranger"));
    await expectTrpcError(stranger.caller.live.debate({ debateId: debate.id }), "NOT_FOUND");
  });
});

describe("the event log", () => {
  it("is written in the same transaction as the change, and not at all when it fails", async () => {
    const { host, debate } = await debateWithPeople();
    const count = () => testPrisma().event.count({ where: { debateId: debate.id } });
    const before = await count();
    const position = await host.claim.post({ debateId: debate.id, kind: "position", body: "Kept" });
    expect(await count()).toBe(before + 1);
    await expectTrpcError(
      host.claim.link({ claimId: position.id, toId: position.id }),
      "BAD_REQUEST",
    );
    await expectTrpcError(
      host.claim.post({
        debateId: debate.id,
        kind: "objection",
        targetId: crypto.randomUUID(),
        body: "x",
      }),
      "BAD_REQUEST",
    );
    expect(await count()).toBe(before + 1);
    const event = await testPrisma().event.findFirstOrThrow({
      where: { debateId: debate.id },
      orderBy: { id: "desc" },
      select: { type: true, subjectId: true, actorId: true },
    });
    expect(event).toMatchObject({ type: "claim.posted", subjectId: position.id });
  });
});
