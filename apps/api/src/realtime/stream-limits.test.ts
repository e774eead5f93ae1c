// A reader far behind catches up on everything, page after page; one
// person cannot hold open more than a tab-sized number of streams.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestWorkspace, signedInCaller, testPrisma } from "../test/harness.ts";
import { SseStream, signInOverHttp } from "../test/http-client.ts";
import { startTestServer } from "../test/http-server.ts";
import { BACKLOG_PAGE } from "./debate-stream.ts";
import { STREAMS_PER_PERSON } from "./stream-quota.ts";

async function debateWithHost() {
  const { workspace, owner } = await createTestWorkspace();
  const host = (await signedInCaller(owner)).caller;
  const debate = await host.debate.create({ workspaceId: workspace.id, question: "Backlog?" });
  return { workspace, owner, host, debate };
}

describe("a returning reader's backlog", () => {
  it("arrives whole and in order, even when it is longer than one page", async () => {
    const { workspace, owner, host, debate } = await debateWithHost();
    const first = await host.claim.post({ debateId: debate.id, kind: "position", body: "Start" });
    const seen = await testPrisma().event.findFirstOrThrow({
      where: { debateId: debate.id, subjectId: first.id },
      select: { id: true },
    });
    // While the reader was away, more edits than one page holds.
    const missed = BACKLOG_PAGE + 25;
    await testPrisma().event.createMany({
      data: Array.from({ length: missed }, (_, k) => ({
        workspaceId: workspace.id,
        debateId: debate.id,
        actorId: owner.id,
        type: "claim.edited",
        subjectId: first.id,
        data: { number: 1, body: `Edit ${k}` },
      })),
    });
    const stream = await host.live.debate({ debateId: debate.id, lastEventId: `${seen.id}` });
    const iterator = stream[Symbol.asyncIterator]();
    const ids: bigint[] = [];
    while (ids.length < missed) {
      const next = await iterator.next();
      if (next.done) break;
      ids.push(BigInt((next.value as unknown as [string])[0]));
    }
    await iterator.return?.();
    expect(ids).toHaveLength(missed);
    expect(ids.every((id, k) => k === 0 || id > ids[k - 1]!)).toBe(true);
    expect(ids[0]).toBeGreaterThan(seen.id);
  });
});

describe("streams per person, over real HTTP", () => {
  let url: string;
  let server: FastifyInstance;
  beforeAll(async () => {
    ({ url, server } = await startTestServer());
  });
  afterAll(() => server.close());

  it(`refuses stream number ${STREAMS_PER_PERSON + 1} with a sentence, and allows one again once a tab closes`, async () => {
    const { owner, debate } = await debateWithHost();
    const cookie = await signInOverHttp(url, owner.email);
    const open = () => SseStream.open(url, "live.debate", { debateId: debate.id }, cookie);
    const streams = await Promise.all(Array.from({ length: STREAMS_PER_PERSON }, open));
    const extra = await open();
    const refusal = await extra.next();
    expect(refusal?.event).toBe("serialized-error");
    expect(JSON.stringify(refusal?.data)).toContain(
      `You have ${STREAMS_PER_PERSON} live pages open already`,
    );
    extra.close();

    streams[0]!.close();
    // The server lets go of the closed stream as soon as it notices the disconnect.
    let reopened: SseStream | null = null;
    for (let attempt = 0; attempt < 50 && reopened === null; attempt += 1) {
      const candidate = await open();
      const first = await Promise.race([
        candidate.next(),
        new Promise<null>((resolve) => setTimeout(() => resolve(null), 300)),
      ]);
      if (first?.event === "serialized-error") candidate.close();
      else reopened = candidate;
    }
    expect(reopened).not.toBeNull();
    reopened?.close();
    for (const stream of streams.slice(1)) stream.close();
  });
});
