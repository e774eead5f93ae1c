// The database work of one live event does not grow with the number of
// people following the debate: 2 and 20 open streams over real HTTP (an
// observer's and a member's, alternately, so both kinds of reader are there
// each time) cost the same queries, counted on the API's own Prisma client.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { PrismaClient } from "../db.ts";
import { buildServer } from "../http/server.ts";
import { post } from "../test/debate-fixtures.ts";
import { testEnv, testPrisma } from "../test/harness.ts";
import { SseStream, signInOverHttp } from "../test/http-client.ts";
import { arrangeWorkshop, type Workshop } from "../test/workshop-fixtures.ts";
import { EventBus } from "./event-bus.ts";

let queries = 0;
let url = "";
let server: FastifyInstance | undefined;
let bus: EventBus | undefined;

beforeAll(async () => {
  // Every query of this API instance, except the session watch's timer (it
  // runs every 2 s whatever happens, and would make the count flaky).
  const counting = testPrisma().$extends({
    query: {
      $allOperations({ model, args, query }) {
        if (model !== "Session") queries++;
        return query(args);
      },
    },
  }) as unknown as PrismaClient;
  bus = new EventBus(counting, inject("databaseUrl"), () => {});
  await bus.start();
  server = await buildServer(counting, testEnv, bus);
  await server.listen({ host: "127.0.0.1", port: 0 });
  const address = server.server.address();
  if (!address || typeof address === "string") throw new Error("no TCP address");
  url = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  await server?.close();
  await bus?.stop();
});

/** Reads each stream until the event about `subjectId` arrived, and checks it carried a delta. */
async function allReceive(streams: SseStream[], subjectId: string) {
  await Promise.all(
    streams.map(async (stream) => {
      for (;;) {
        const message = await stream.nextData();
        if (!message) throw new Error("a stream ended early");
        const event = message.data as { subjectId: string | null; delta?: unknown };
        if (event.subjectId === subjectId) {
          expect(event.delta).toBeDefined();
          return;
        }
      }
    }),
  );
}

/** The queries this instance ran for one posted claim while `count` streams followed. */
async function queriesPerPost(w: Workshop, count: number) {
  const cookies = [
    await signInOverHttp(url, w.observer.user.email),
    await signInOverHttp(url, w.member.user.email),
  ];
  const streams = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      SseStream.open(url, "live.debate", { debateId: w.debateId }, cookies[i % 2]!),
    ),
  );
  try {
    // A first post settles every stream (its first reads) before counting.
    const warmUp = await post(w.facilitator.caller, w.debateId, "objection", w.position.id);
    await allReceive(streams, warmUp.id);
    const before = queries;
    const counted = await post(w.facilitator.caller, w.debateId, "support", w.position.id);
    await allReceive(streams, counted.id);
    return queries - before;
  } finally {
    for (const stream of streams) stream.close();
  }
}

describe("one live event's queries", () => {
  it("are the same for 2 and for 20 listeners", { timeout: 30_000 }, async () => {
    const two = await queriesPerPost(await arrangeWorkshop(), 2);
    const twenty = await queriesPerPost(await arrangeWorkshop(), 20);
    expect(two).toBeGreaterThan(0);
    // The bus also loads the events other test files commit meanwhile (it
    // listens to the whole database), a few queries of noise either way; a
    // query per listener would add at least 18.
    expect(Math.abs(twenty - two)).toBeLessThan(18);
  });
});
