/**
 * Does an API instance keep memory it no longer needs? Cycles of what a busy
 * day brings: 40 people open a debate's live stream, 20 of them post into it
 * while everyone reads it and two 300-claim debates (packed, brotli), then the
 * streams close. After each cycle the heap is collected and measured: a
 * server that leaks grows cycle after cycle; one that does not stays level.
 * Run from the repository root: npx tsx bench/heap-soak.ts [cycles]
 * Uses the embedded PostgreSQL (database steelman_bench) unless DATABASE_URL is set.
 */
import { Agent, get, request } from "node:http";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { applyMigrations, createPrismaClient, openDatabase } from "@steelman/db";
import { readApiEnv } from "../apps/api/src/env.ts";
import { buildServer } from "../apps/api/src/http/server.ts";
import { EventBus } from "../apps/api/src/realtime/event-bus.ts";
import { PACKED_WIRE_HEADER } from "../apps/api/src/wire/packed-debate.ts";
import { benchMemberCookie, createBenchWorkspace } from "./bench-workspace.ts";
import { seedBenchDebate } from "./seed-bench-debate.ts";

const CYCLES = Number(process.argv[2]) > 0 ? Number(process.argv[2]) : 12;
const PEOPLE = 60; // posts rotate over all of them: each stays under its per-minute limit
const LISTENERS = 40;
const WRITERS = 20;
const POSTS_EACH = 8;
const ORIGIN = "http://localhost:3000";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

const database = await openDatabase({ databaseName: "steelman_bench" });
await applyMigrations(database.url);
const prisma = createPrismaClient(database.url, { poolSize: 10 });
const events = new EventBus(prisma, database.url);
await events.start();
const env = readApiEnv({ NODE_ENV: "production", APP_ORIGIN: ORIGIN });
const api = await buildServer(prisma, env, events);
await api.listen({ host: "127.0.0.1", port: 0 });
const port = (api.server.address() as { port: number }).port;

const { owner, workspace } = await createBenchWorkspace(prisma, "Soak");
const readDebates = [
  await seedBenchDebate(prisma, workspace.id, owner.id, 300),
  await seedBenchDebate(prisma, workspace.id, owner.id, 300),
];
const cookies: string[] = [];
for (let i = 0; i < PEOPLE; i++)
  cookies.push(await benchMemberCookie(prisma, workspace.id, `S${i}`));

const agent = new Agent({ keepAlive: true, maxSockets: WRITERS });
function send(path: string, cookie: string, body?: string, headers: Record<string, string> = {}) {
  return new Promise<number>((resolve, reject) => {
    const length = body ? { "content-length": String(Buffer.byteLength(body)) } : {};
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: body ? "POST" : "GET",
        agent,
        headers: {
          cookie,
          origin: ORIGIN,
          "content-type": "application/json",
          ...length,
          ...headers,
        },
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** Opens a live stream; resolves with its status once the headers arrive. */
function openStream(debateId: string, cookie: string) {
  let close = () => {};
  const opened = new Promise<number>((resolve) => {
    const headers = { cookie, accept: "text/event-stream" };
    const req = get({ host: "127.0.0.1", port, path: `/api/live/debates/${debateId}`, headers });
    req.on("response", (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    req.on("error", () => resolve(0));
    close = () => req.destroy();
  });
  return { opened, close: () => close() };
}

const readPath = (debateId: string) =>
  `/trpc/debate.get?input=${encodeURIComponent(JSON.stringify({ json: { debateId } }))}`;
const READ_HEADERS = { [PACKED_WIRE_HEADER]: "packed", "accept-encoding": "br" };
const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);

const rows: Record<string, string | number>[] = [];
for (let cycle = 0; cycle < CYCLES; cycle++) {
  const { id: liveDebate } = await prisma.debate.create({
    data: { workspaceId: workspace.id, question: `Soak ${cycle}`, createdById: owner.id },
  });
  const streams = cookies.slice(0, LISTENERS).map((cookie) => openStream(liveDebate, cookie));
  const streamStatuses = await Promise.all(streams.map((stream) => stream.opened));
  let answered = 0;
  let other = 0;
  const tally = (status: number) => (status === 200 ? answered++ : other++);
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, w) => {
      const writer = cookies[(cycle * WRITERS + w) % PEOPLE] as string;
      for (let k = 0; k < POSTS_EACH; k++) {
        const post = { debateId: liveDebate, kind: "position", targetId: null, body: `${w}/${k}` };
        const body = JSON.stringify({ json: { ...post, idempotencyKey: crypto.randomUUID() } });
        tally(await send("/trpc/claim.post", writer, body));
        const debateId = [liveDebate, ...readDebates][k % 3] as string;
        for (let r = 0; r < 3; r++) {
          tally(
            await send(
              readPath(debateId),
              cookies[(w + r) % PEOPLE] as string,
              undefined,
              READ_HEADERS,
            ),
          );
        }
      }
    }),
  );
  for (const stream of streams) stream.close();
  await new Promise((resolve) => setTimeout(resolve, 500)); // the server notices the closed streams
  collectGarbage();
  collectGarbage();
  const memory = process.memoryUsage();
  rows.push({
    cycle: cycle + 1,
    "streams opened": streamStatuses.filter((status) => status === 200).length,
    "requests answered": answered,
    "other answers": other,
    "heap used MB": mb(memory.heapUsed),
    "RSS MB": mb(memory.rss),
    "external MB": mb(memory.external),
  });
}
console.log(
  `The API after each cycle (${LISTENERS} live streams, ${WRITERS * POSTS_EACH} posts, ${WRITERS * POSTS_EACH * 3} reads), garbage collected; the bench's own client shares its process:`,
);
console.table(rows);

await api.close();
await events.stop();
await prisma.$disconnect();
await database.stop();
process.exit(0);
