// A live reader that stops reading (a laptop lid closed, a stalled proxy) is
// cut off once the server holds too much it could not send, instead of the
// server buffering without end; it then resumes from the last event it
// received and gets every later event exactly once. Over real HTTP, with the
// allowance made small (64 KB) so the test needs megabytes, not hundreds.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordEvent } from "../services/events/record-event.ts";
import { createDebateTeam, openDebate } from "../test/debate-fixtures.ts";
import { testEnv, testEventBus, testPrisma } from "../test/harness.ts";
import { SseStream, signInOverHttp } from "../test/http-client.ts";
import { buildServer } from "./server.ts";

const EVENTS = 120;
/** Each event carries ~200 KB (the description before and after): 24 MB in all, past any socket buffer. */
const DESCRIPTION_CHARS = 100_000;

let server: FastifyInstance;
let url = "";
beforeAll(async () => {
  server = await buildServer(
    testPrisma(),
    { ...testEnv, trustProxy: "loopback" },
    await testEventBus(),
    { liveReader: { maxUnsentBytes: 64 * 1024, stallMs: 500 } },
  );
  await server.listen({ host: "127.0.0.1", port: 0 });
  const address = server.server.address();
  url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});
afterAll(async () => {
  await server?.close();
});

async function openStream(debateId: string, cookie: string, lastEventId: string) {
  const stream = await SseStream.openPlain(url, `/api/live/debates/${debateId}`, {
    cookie,
    "last-event-id": lastEventId,
  });
  if (!(stream instanceof SseStream)) throw new Error(`refused: ${JSON.stringify(stream)}`);
  return stream;
}

/** Event ids read until the stream ends or breaks, or `lastId` has come. */
async function readIds(stream: SseStream, lastId: string): Promise<string[]> {
  const ids: string[] = [];
  try {
    for (;;) {
      const message = await stream.nextData();
      if (!message?.id) return ids;
      ids.push(message.id);
      if (message.id === lastId) return ids;
    }
  } catch {
    return ids; // the server dropped the connection
  }
}

describe("a live reader that stops reading", () => {
  it("is cut off, and resuming from its last event misses nothing and repeats nothing", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.owner.caller, team.workspace.id);
    const created = await testPrisma().event.findFirstOrThrow({
      where: { debateId, type: "debate.created" },
      select: { id: true },
    });
    const cookie = await signInOverHttp(url, team.observer.user.email);
    const bus = await testEventBus();
    const streamsBefore = bus.subscriberCount;
    const stalled = await openStream(debateId, cookie, created.id.toString());
    while (bus.subscriberCount === streamsBefore) await new Promise((r) => setTimeout(r, 10));

    // The reader reads nothing while the debate changes 120 times.
    const recorded: string[] = [];
    for (let i = 0; i < EVENTS; i++) {
      const id = await testPrisma().$transaction((tx) =>
        recordEvent(tx, {
          workspaceId: team.workspace.id,
          debateId,
          actorId: team.owner.user.id,
          type: "debate.updated",
          data: {
            before: { description: `${i}`.padEnd(DESCRIPTION_CHARS, "b") },
            after: { description: `${i + 1}`.padEnd(DESCRIPTION_CHARS, "a") },
          },
        }),
      );
      recorded.push(id.toString());
    }
    const lastId = recorded.at(-1)!;
    // The server lets go of the stream while the reader is still not reading.
    const deadline = Date.now() + 20_000;
    while (bus.subscriberCount > streamsBefore && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(bus.subscriberCount).toBe(streamsBefore);

    const beforeCut = await readIds(stalled, lastId);
    stalled.close();
    expect(beforeCut.length).toBeLessThan(EVENTS);
    const resumedFrom = beforeCut.at(-1) ?? created.id.toString();
    const resumed = await openStream(debateId, cookie, resumedFrom);
    try {
      const afterCut = await readIds(resumed, lastId);
      expect([...beforeCut, ...afterCut]).toEqual(recorded);
    } finally {
      resumed.close();
    }
  }, 60_000);
});
