/**
 * Reading a whole debate: `debate.get` over real HTTP against a plain Fastify +
 * pg endpoint that runs the same queries on the same rows and sends them with
 * JSON.stringify (bench/plain-debate-endpoint.ts), and the same endpoint
 * after a session lookup and membership check, interleaved, at 100 / 1,000 /
 * 10,000 claims (debate.get
 * packed, as the web's client asks for it; the plain form's size printed
 * beside it); debate.get twice: with every read building its own answer
 * (the cache of shared parts off), and as a room reads one unchanged debate
 * (the shared part built once, services/debates/debate-read-cache.ts); each
 * side's CPU per read (this process's and PostgreSQL's, cpu-sample.ts); then
 * whether the read of a small debate slows down as the rest of the install grows.
 * Run from the repository root: npx tsx bench/debate-read.ts [claims...]
 * Uses the embedded PostgreSQL (database steelman_bench) unless DATABASE_URL is set.
 */

import { get } from "node:http";
import { applyMigrations, createPrismaClient, openDatabase } from "@steelman/db";
import { readApiEnv } from "../apps/api/src/env.ts";
import { buildServer } from "../apps/api/src/http/server.ts";
import { EventBus } from "../apps/api/src/realtime/event-bus.ts";
import { configureDebateReadCache } from "../apps/api/src/services/debates/debate-read-cache.ts";
import { createSession } from "../apps/api/src/services/sessions.ts";
import { PACKED_WIRE_HEADER } from "../apps/api/src/wire/packed-debate.ts";
import { createBenchWorkspace } from "./bench-workspace.ts";
import { cpuSince, sampleCpu } from "./cpu-sample.ts";
import { startPlainDebateEndpoint } from "./plain-debate-endpoint.ts";
import { seedBenchDebate } from "./seed-bench-debate.ts";

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [100, 1_000, 10_000];
const CONNECTIONS = 10;
const ROUND_MS = 2_000;
const ROUNDS = 3;

const database = await openDatabase({ databaseName: "steelman_bench" });
await applyMigrations(database.url);
const prisma = createPrismaClient(database.url, { poolSize: CONNECTIONS });
const events = new EventBus(prisma, database.url);
await events.start();
const api = await buildServer(prisma, readApiEnv({ NODE_ENV: "test" }), events);
await api.listen({ host: "127.0.0.1", port: 0 });

// The same rows as debate.get reads, through pg and JSON.stringify: the floor to
// compare with; and the same after a session lookup and a membership check.
const plain = await startPlainDebateEndpoint(database.url, CONNECTIONS);
const pool = plain.pool;

const portOf = (server: { server: { address(): unknown } }) => {
  const address = server.server.address();
  return typeof address === "object" && address !== null && "port" in address
    ? (address as { port: number }).port
    : 0;
};
const apiUrl = `http://127.0.0.1:${portOf(api)}`;
const plainUrl = plain.url;

const { owner: user, workspace } = await createBenchWorkspace(prisma, "Bench");
const { token } = await createSession(prisma, user.id, { userAgent: "bench", ipAddress: null });
const cookie = `steelman_session=${token}`;

/** Bytes on the wire (not decoded, unlike fetch's body) for this accept-encoding. */
function wireBytes(url: string, encoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { cookie, ...PACKED, "accept-encoding": encoding } }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
      });
      response.on("end", () => resolve(bytes));
      response.on("error", reject);
    }).on("error", reject);
  });
}

// Both sides uncompressed under load: the comparison is of reading and serialising.
const IDENTITY = { "accept-encoding": "identity" };
/** As the web's own client asks for it: packed (wire/packed-debate.ts). */
const PACKED = { [PACKED_WIRE_HEADER]: "packed" };

const trpcGet = (debateId: string) =>
  `${apiUrl}/trpc/debate.get?input=${encodeURIComponent(JSON.stringify({ json: { debateId } }))}`;

/** Closed-loop load for `ms`: CONNECTIONS clients each sending the next request when one returns. */
async function load(url: string, ms: number, headers: Record<string, string> = {}) {
  const cpuAtStart = sampleCpu(); // before the clock starts: reading /proc takes a few ms
  const until = performance.now() + ms;
  const latencies: number[] = [];
  let bytes = 0;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < until) {
        const start = performance.now();
        const response = await fetch(url, { headers });
        const body = await response.arrayBuffer();
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        latencies.push(performance.now() - start);
        bytes = body.byteLength;
      }
    }),
  );
  const cpu = cpuSince(cpuAtStart);
  latencies.sort((a, b) => a - b);
  const p50 = latencies[Math.floor(latencies.length / 2)] ?? 0;
  return { count: latencies.length, p50, bytes, ...cpu };
}

const rows: Record<string, string>[] = [];
const cpuRows: Record<string, string>[] = [];
for (const size of SIZES) {
  const debateId = await seedBenchDebate(prisma, workspace.id, user.id, size);
  const newSide = () => ({ count: 0, ms: 0, p50: [] as number[], bytes: 0, ownMs: 0, pgMs: 0 });
  const [trpc, shared, floor, checked] = [newSide(), newSide(), newSide(), newSide()];
  const add = (side: typeof trpc, result: Awaited<ReturnType<typeof load>>) => {
    Object.assign(side, { count: side.count + result.count, ms: side.ms + ROUND_MS });
    side.bytes = result.bytes;
    side.p50.push(result.p50);
    side.ownMs += result.ownMs;
    side.pgMs += result.postgresMs ?? Number.NaN;
  };
  configureDebateReadCache(prisma, 0);
  await load(trpcGet(debateId), 300, { cookie, ...PACKED, ...IDENTITY }); // warm-up
  await load(`${plainUrl}/plain/${debateId}`, 300, IDENTITY);
  for (let round = 0; round < ROUNDS; round++) {
    // Interleaved, so that a noisy neighbour slows every side alike.
    configureDebateReadCache(prisma, 0);
    add(trpc, await load(trpcGet(debateId), ROUND_MS, { cookie, ...PACKED, ...IDENTITY }));
    configureDebateReadCache(prisma, 60);
    add(shared, await load(trpcGet(debateId), ROUND_MS, { cookie, ...PACKED, ...IDENTITY }));
    add(floor, await load(`${plainUrl}/plain/${debateId}`, ROUND_MS, IDENTITY));
    add(checked, await load(`${plainUrl}/checked/${debateId}`, ROUND_MS, { cookie, ...IDENTITY }));
  }
  const unpacked = await load(trpcGet(debateId), 1, { cookie, ...IDENTITY });
  const brotli = await wireBytes(trpcGet(debateId), "br");
  const gzip = await wireBytes(trpcGet(debateId), "gzip");
  const rate = (side: typeof trpc) => (side.count / side.ms) * 1000;
  const median = (values: number[]) =>
    values.sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? 0;
  rows.push({
    claims: size.toLocaleString("en"),
    "debate.get req/s": rate(trpc).toFixed(1),
    "plain req/s": rate(floor).toFixed(1),
    ratio: (rate(trpc) / rate(floor)).toFixed(2),
    "plain + checks req/s": rate(checked).toFixed(1),
    "ratio to checked": (rate(trpc) / rate(checked)).toFixed(2),
    "shared req/s": rate(shared).toFixed(1),
    "shared ratio": (rate(shared) / rate(floor)).toFixed(2),
    "debate.get p50 ms": median(trpc.p50).toFixed(1),
    "shared p50 ms": median(shared.p50).toFixed(1),
    "plain p50 ms": median(floor.p50).toFixed(1),
    "debate.get bytes/claim": (trpc.bytes / size).toFixed(0),
    "unpacked bytes/claim": (unpacked.bytes / size).toFixed(0),
    "plain bytes/claim": (floor.bytes / size).toFixed(0),
    "debate.get br bytes/claim": (brotli / size).toFixed(0),
    "debate.get gzip bytes/claim": (gzip / size).toFixed(0),
    "br ratio": (trpc.bytes / brotli).toFixed(1),
  });
  const perRead = (side: typeof trpc, ms: number) => (ms / side.count).toFixed(2);
  cpuRows.push({
    claims: size.toLocaleString("en"),
    ...Object.fromEntries(
      Object.entries({
        "debate.get": trpc,
        shared,
        plain: floor,
        "plain + checks": checked,
      }).flatMap(([name, side]) => [
        [`${name}: this process`, perRead(side, side.ownMs)],
        [`${name}: PostgreSQL`, perRead(side, side.pgMs)],
      ]),
    ),
  });
}
console.log(
  `debate.get vs plain Fastify + pg, ${CONNECTIONS} connections, ${ROUNDS} × ${ROUND_MS} ms each, interleaved`,
);
console.table(rows);
console.log(
  "CPU ms per read: this process (the API, the plain endpoint and the bench's client together) and PostgreSQL's backends",
);
console.table(cpuRows);

// Does a small debate's read follow the size of the install? Time it, grow the install, time it again.
async function sequentialMedian(url: string, runs: number) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    await response.arrayBuffer();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
}
const small = await seedBenchDebate(prisma, workspace.id, user.id, 100);
// Fresh planner statistics on both sides, as autovacuum would give them after a bulk load.
await pool.query("ANALYZE");
await sequentialMedian(trpcGet(small), 10);
const before = await sequentialMedian(trpcGet(small), 40);
const elsewhere = 50_000;
await seedBenchDebate(prisma, workspace.id, user.id, elsewhere);
await pool.query("ANALYZE");
await sequentialMedian(trpcGet(small), 10);
const after = await sequentialMedian(trpcGet(small), 40);
const plan = await pool.query(
  `EXPLAIN SELECT "claimId", count(*) FROM "ClaimRevision" WHERE "debateId" = $1 GROUP BY "claimId"`,
  [small],
);
console.log(`\ndebate.get of a 100-claim debate, median of 40 sequential reads:`);
console.table([
  { install: "as above", "p50 ms": before.toFixed(1) },
  { install: `+ ${elsewhere.toLocaleString("en")} claims elsewhere`, "p50 ms": after.toFixed(1) },
]);
console.log("revision counts' plan:");
for (const line of plan.rows) console.log(`  ${line["QUERY PLAN"]}`);

await api.close();
await plain.close();
await events.stop();
await prisma.$disconnect();
await database.stop();
process.exit(0);
