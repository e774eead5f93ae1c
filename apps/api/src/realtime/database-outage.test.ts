// The database goes away for 10 s while 20 people post and vote over real
// HTTP. A dedicated embedded cluster (its own folder and port), so stopping
// it disturbs no other test. During: every request is answered within 3 s,
// a 503 with a sentence; health says the database is unreachable and the
// listener reconnecting. After: every acknowledged write is there, nothing
// is half-written, and every open stream (resumed from its last id, as the
// browser's link does) carries each event exactly once.
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { applyMigrations, createPrismaClient } from "@steelman/db";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type EmbeddedCluster,
  startEmbeddedCluster,
} from "../../../../prisma/src/embedded/embedded-cluster.ts";
import type { PrismaClient } from "../db.ts";
import { buildServer } from "../http/server.ts";
import { createSession } from "../services/sessions.ts";
import { testEnv } from "../test/harness.ts";
import { SseStream, trpcMutation } from "../test/http-client.ts";
import { EventBus } from "./event-bus.ts";

// A fresh cluster each run (so it is never one left running, which this
// process could not stop), on a free port that the restart then reuses.
const dataRoot = join(import.meta.dirname, `../../../../.data/outage-test-${process.pid}`);
let port = Number(process.env.STEELMAN_PG_PORT ?? 54329) + 17;
const cluster = (explicit: boolean) =>
  startEmbeddedCluster({ dataRoot, port, portIsExplicit: explicit, log: () => {} });
/** Cleanup that may hang on a dead connection waits no longer than this. */
const settle = (work: Promise<unknown> | undefined) =>
  Promise.race([work?.catch(() => {}), new Promise((resolve) => setTimeout(resolve, 5_000))]);

let pg: EmbeddedCluster | undefined;
let prisma: PrismaClient | undefined;
let bus: EventBus | undefined;
let server: FastifyInstance | undefined;
let url = "";
/** What each 500 was, so a failure names the error that was not mapped to 503. */
const internalErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(dataRoot, { recursive: true });
  pg = await cluster(false);
  port = pg.port;
  const admin = createPrismaClient(
    `postgresql://${pg.user}:${encodeURIComponent(pg.password)}@127.0.0.1:${port}/postgres`,
  );
  const name = `outage_${Date.now().toString(36)}`;
  await admin.$executeRawUnsafe(`CREATE DATABASE "${name}"`);
  await admin.$disconnect();
  const databaseUrl = `postgresql://${pg.user}:${encodeURIComponent(pg.password)}@127.0.0.1:${port}/${name}`;
  await applyMigrations(databaseUrl);
  prisma = createPrismaClient(databaseUrl, {
    statementTimeoutMs: 2_000,
  }) as unknown as PrismaClient;
  bus = new EventBus(prisma, databaseUrl, () => {}, 500);
  await bus.start();
  server = await buildServer(prisma, testEnv, bus, {
    internalError: (path, error) => internalErrors.push(`${path}: ${describeError(error)}`),
  });
  await server.listen({ host: "127.0.0.1", port: 0 });
  const address = server.server.address();
  if (!address || typeof address === "string") throw new Error("no TCP address");
  url = `http://127.0.0.1:${address.port}`;
}, 120_000);

afterAll(async () => {
  await settle(bus?.stop());
  await settle(prisma?.$disconnect());
  await settle(server?.close());
  await pg?.stop();
  rmSync(dataRoot, { recursive: true, force: true });
}, 120_000);

/** An error's class, code and message, down its chain of causes. */
function describeError(error: unknown): string {
  const parts: string[] = [];
  for (let e = error as Record<string, unknown> | undefined, d = 0; e && d < 5; d++) {
    parts.push(
      `${e.constructor?.name} ${String(e.code ?? e.kind ?? "")} ${String(e.message ?? "")}`,
    );
    e = e.cause as Record<string, unknown> | undefined;
  }
  return parts.join(" <- ");
}

/** A workspace with 20 members and a debate holding one position; a session cookie each. */
async function arrangeRoom(db: PrismaClient) {
  const run = crypto.randomUUID().slice(0, 8);
  const users = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      db.user.create({
        data: { email: `p${i}-${run}@outage.invalid`, displayName: `P${i}`, passwordHash: "!" },
        select: { id: true },
      }),
    ),
  );
  const workspace = await db.workspace.create({
    data: {
      name: "Outage",
      slug: `outage-${run}`,
      memberships: {
        create: users.map((u, i) => ({ userId: u.id, role: i === 0 ? "owner" : "member" })),
      },
    },
    select: { id: true },
  });
  const cookies = await Promise.all(
    users.map(async (u) => {
      const { token } = await createSession(db, u.id, { userAgent: "vitest", ipAddress: null });
      return `steelman_session=${token}`;
    }),
  );
  const opened = await trpcMutation(
    url,
    "debate.create",
    { workspaceId: workspace.id, question: "Does it hold?" },
    { cookie: cookies[0] },
  );
  const debateId = (opened.body as { result: { data: { json: { id: string } } } }).result.data.json
    .id;
  const position = await trpcMutation(
    url,
    "claim.post",
    { debateId, kind: "position", targetId: null, body: "It holds" },
    { cookie: cookies[0] },
  );
  const positionId = (position.body as { result: { data: { json: { id: string } } } }).result.data
    .json.id;
  return { users, cookies, debateId, positionId };
}

/** A stream that, like the browser's link, reopens from the last id it saw when it ends. */
function resumingStream(debateId: string, cookie: string) {
  const ids: string[] = [];
  let stopped = false;
  let current: SseStream | null = null;
  const done = (async () => {
    while (!stopped) {
      try {
        const last = ids.at(-1) ?? "0";
        current = await SseStream.open(url, "live.debate", { debateId, lastEventId: last }, cookie);
        for (let m = await current.nextData(); m && !stopped; m = await current.nextData()) {
          if (m.id) ids.push(m.id);
        }
      } catch {
        // refused or dropped while the database is away: try again shortly
      }
      if (!stopped) await new Promise((resolve) => setTimeout(resolve, 500));
    }
  })();
  return {
    ids,
    stop: async () => {
      stopped = true;
      current?.close();
      await done;
    },
  };
}

type Answer = { status: number; ms: number; message: string | null; id: string | null };

async function call(path: string, input: unknown, cookie: string): Promise<Answer> {
  const started = Date.now();
  try {
    const answer = await trpcMutation(url, path, input, { cookie });
    const body = answer.body as {
      result?: { data: { json: { id?: string } } };
      error?: { json: { message: string } };
    };
    return {
      status: answer.status,
      ms: Date.now() - started,
      message: body.error?.json.message ?? null,
      id: body.result?.data.json.id ?? null,
    };
  } catch {
    return { status: 0, ms: Date.now() - started, message: "no answer", id: null };
  }
}

describe("a database that goes away for 10 s", () => {
  it("answers 503s with a sentence meanwhile, and loses, repeats and half-writes nothing", {
    timeout: 180_000,
  }, async () => {
    const db = prisma!;
    const room = await arrangeRoom(db);
    const streams = room.cookies
      .slice(0, 5)
      .map((c, i) => ({ ...resumingStream(room.debateId, c), userId: room.users[i]!.id }));
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    const posted: string[] = [];
    const during: Answer[] = [];
    let phase: "before" | "down" | "after" = "before";
    let running = true;
    const clients = room.cookies.map(async (cookie, i) => {
      while (running) {
        const at = phase;
        const answer =
          i % 2 === 0
            ? await call(
                "claim.post",
                {
                  debateId: room.debateId,
                  kind: "objection",
                  targetId: room.positionId,
                  body: `From ${i}`,
                },
                cookie,
              )
            : await call(
                "claim.vote",
                { claimId: room.positionId, agreement: i % 4 === 1 ? "agree" : "disagree" },
                cookie,
              );
        if (answer.status === 200 && answer.id && i % 2 === 0) posted.push(answer.id);
        if (at === "down" && phase === "down") during.push(answer);
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    });

    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await pg!.stop();
    phase = "down";
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ db: "unreachable", events: "reconnecting" });
    await new Promise((resolve) => setTimeout(resolve, 7_000));
    pg = await cluster(true);
    phase = "after";
    for (let tries = 0; bus!.listenerState !== "listening" && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    running = false;
    await Promise.all(clients);

    // During: answered within 3 s, a 503 with a sentence (no driver text).
    expect(during.length).toBeGreaterThan(0);
    for (const answer of during) {
      expect(answer.status, `${JSON.stringify(answer)} ${internalErrors.join("; ")}`).toBe(503);
      expect(answer.ms).toBeLessThan(3_000);
      expect(answer.message).toMatch(/^[A-Z].*\.$/);
      expect(answer.message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|prisma/i);
    }
    // No request, not even one caught as the database stopped, was a 500.
    expect(internalErrors).toEqual([]);
    // After: every acknowledged post is there, each with its revision and its event.
    const claims = await db.claim.findMany({
      where: { debateId: room.debateId, kind: "objection" },
      select: { id: true, _count: { select: { revisions: true } } },
    });
    const stored = new Set(claims.map((c) => c.id));
    for (const id of posted) expect(stored.has(id)).toBe(true);
    for (const claim of claims) expect(claim._count.revisions).toBe(1);
    const events = await db.event.findMany({
      where: { debateId: room.debateId },
      orderBy: { id: "asc" },
      select: { id: true, type: true, subjectId: true, actorId: true },
    });
    const postedEvents = events.filter((e) => e.type === "claim.posted");
    expect(new Set(postedEvents.map((e) => e.subjectId))).toEqual(
      new Set([...stored, room.positionId]),
    );
    // Every stream carried every event after it opened, each once. A stream
    // that was reconnecting may still be catching up: wait for the last event
    // (on a busy machine that takes longer than a fixed pause), not a moment.
    const lastId = events.at(-1)?.id.toString() ?? "";
    for (let waited = 0; waited < 20_000; waited += 100) {
      if (streams.every((stream) => stream.ids.includes(lastId))) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    for (const stream of streams) {
      await stream.stop();
      const all = events.map((e) => e.id.toString());
      expect(new Set(stream.ids).size).toBe(stream.ids.length);
      const first = all.indexOf(stream.ids[0] ?? "");
      const seen = new Set(stream.ids);
      const missed = events
        .slice(first)
        .filter((e) => !seen.has(e.id.toString()))
        .map((e) => `${e.id} ${e.type}${e.actorId === stream.userId ? " (own)" : ""}`);
      expect(missed).toEqual([]);
      expect(stream.ids).toEqual(all.slice(first));
    }
  });
});
