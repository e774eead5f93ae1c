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

/**
 * Every query of this API instance but the session watch's and the bus's own
 * read of each event (its row with its actor's name, event-row.ts): every
 * test file's events reach this bus through the one database, and would add
 * a read per event made elsewhere meanwhile (since that read became one raw
 * statement, an earlier filter on Prisma's findUnique no longer caught it).
 */
let followQueries = 0;
/** How many reads that filter left out: it must match the bus's read (checked below). */
let busReads = 0;

/** The SQL text of a raw statement, as the query extension sees its arguments. */
function rawText(args: unknown): string {
  const sql = (Array.isArray(args) ? args[0] : args) as { strings?: readonly string[] } | undefined;
  return sql?.strings?.join("?") ?? "";
}

let url = "";
let server: FastifyInstance | undefined;
let bus: EventBus | undefined;

beforeAll(async () => {
  // Every query of this API instance, except the session watch's timer (it
  // runs every 2 s whatever happens, and would make the count flaky).
  const counting = testPrisma().$extends({
    query: {
      $allOperations({ model, operation, args, query }) {
        const busRead =
          operation === "$queryRaw" && rawText(args).includes(`AS "actorName"\n    FROM "Event" e`);
        if (busRead) busReads++;
        if (model !== "Session" && !busRead) followQueries++;
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
    const before = followQueries;
    const counted = await post(w.facilitator.caller, w.debateId, "support", w.position.id);
    await allReceive(streams, counted.id);
    return followQueries - before;
  } finally {
    for (const stream of streams) stream.close();
  }
}

describe("one live event's queries", () => {
  it("are the same for 2 and for 20 listeners", { timeout: 30_000 }, async () => {
    const two = await queriesPerPost(await arrangeWorkshop(), 2);
    const twenty = await queriesPerPost(await arrangeWorkshop(), 20);
    expect(two).toBeGreaterThan(0);
    // The bus's own read of each event is left out (other test files' events
    // reach it too); a query per listener would add at least 18.
    expect(Math.abs(twenty - two)).toBeLessThan(18);
  });
});

/** Reads each stream until an event of `type` arrived, checking every event carried a delta. */
async function allReceiveType(streams: SseStream[], type: string) {
  await Promise.all(
    streams.map(async (stream) => {
      for (;;) {
        const message = await stream.nextData();
        if (!message) throw new Error("a stream ended early");
        const event = message.data as { type: string; delta?: unknown };
        expect(event.delta, event.type).toBeDefined();
        if (event.type === type) return;
      }
    }),
  );
}

type Step = { type: string; act: (w: Workshop, ids: Record<string, string>) => Promise<unknown> };

/** One action of each kind that changes the debate page, in an order the rules allow. */
const STEPS: Step[] = [
  {
    type: "vote.cast",
    act: (w) => w.member.caller.claim.vote({ claimId: w.position.id, agreement: "agree" }),
  },
  {
    type: "claim.linked",
    act: (w, ids) => w.facilitator.caller.claim.link({ claimId: ids.b!, toId: ids.a! }),
  },
  {
    type: "claim.unlinked",
    act: (w, ids) => w.facilitator.caller.claim.unlink({ claimId: ids.b!, toId: ids.a! }),
  },
  {
    type: "objection.resolved",
    act: (w, ids) => w.member.caller.claim.resolve({ claimId: ids.a!, kind: "out_of_scope" }),
  },
  {
    type: "objection.reopened",
    act: (w, ids) => w.member.caller.claim.reopen({ claimId: ids.a! }),
  },
  { type: "claim.hidden", act: (w, ids) => w.facilitator.caller.claim.hide({ claimId: ids.a! }) },
  {
    type: "claim.restored",
    act: (w, ids) => w.facilitator.caller.claim.restore({ claimId: ids.a! }),
  },
  {
    type: "thread.locked",
    act: (w) => w.facilitator.caller.workshop.lockThread({ claimId: w.position.id }),
  },
  {
    type: "debate.updated",
    act: (w) => w.facilitator.caller.debate.update({ debateId: w.debateId, question: "Now?" }),
  },
  {
    type: "proposal.opened",
    act: async (w, ids) => {
      const proposal = await w.facilitator.caller.proposal.create({
        debateId: w.debateId,
        title: "Try it",
        method: "consent",
        closesAt: new Date(Date.now() + 300_000),
      });
      ids.proposal = proposal.id;
    },
  },
  {
    type: "ballot.cast",
    act: (w, ids) =>
      w.member.caller.proposal.vote({
        debateId: w.debateId,
        proposalId: ids.proposal!,
        ballot: { method: "consent", choice: "agree" },
      }),
  },
  {
    type: "proposal.closed",
    act: (w, ids) =>
      w.facilitator.caller.proposal.close({ debateId: w.debateId, proposalId: ids.proposal! }),
  },
];

/** The queries this instance ran for each kind of event while `count` streams followed. */
async function queriesPerKind(count: number) {
  const w = await arrangeWorkshop();
  const ids: Record<string, string> = {
    a: (await post(w.member.caller, w.debateId, "objection", w.position.id)).id,
    b: (await post(w.facilitator.caller, w.debateId, "objection", w.position.id)).id,
  };
  const cookies = [
    await signInOverHttp(url, w.observer.user.email),
    await signInOverHttp(url, w.member.user.email),
  ];
  const streams = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      SseStream.open(url, "live.debate", { debateId: w.debateId }, cookies[i % 2]!),
    ),
  );
  const counted: Record<string, number> = {};
  try {
    const warmUp = await post(w.facilitator.caller, w.debateId, "support", w.position.id);
    await allReceive(streams, warmUp.id);
    for (const step of STEPS) {
      const before = followQueries;
      await step.act(w, ids);
      await allReceiveType(streams, step.type);
      counted[step.type] = followQueries - before;
    }
  } finally {
    for (const stream of streams) stream.close();
  }
  return counted;
}

describe("each kind of live event's queries", () => {
  it("are the same for 1 and for 20 listeners", { timeout: 90_000 }, async () => {
    const one = await queriesPerKind(1);
    const twenty = await queriesPerKind(20);
    expect(busReads).toBeGreaterThan(0);
    for (const { type } of STEPS) {
      expect(one[type], type).toBeGreaterThan(0);
      // A query per listener would add at least 19 (see above for the noise).
      expect(Math.abs(twenty[type]! - one[type]!), type).toBeLessThan(19);
    }
  });
});
