/**
 * Write throughput: W people posting claims into one debate over real HTTP
 * (session cookies, origin check, rate limits, idempotency, event + NOTIFY),
 * each as fast as the server answers, for a fixed time. The API runs in a
 * process of its own (api-instance.ts), so the writers' fetch calls do not
 * share its event loop, and its CPU per post is its own.
 * Run from the repository root: npx tsx bench/write-load.ts [seconds] [writers...] [--keys] [--profile dir]
 * `--keys` sends an idempotency key with every post, as the web's composer does.
 * Uses the embedded PostgreSQL (database steelman_bench) unless DATABASE_URL is set.
 *
 * A person may post 60 claims a minute (services/rate-limits.ts); each
 * writer therefore rotates through enough accounts to stay under it, so the
 * bench measures the write path, not the limiter's refusals.
 */

import { Agent, request } from "node:http";
import { applyMigrations, createPrismaClient, openDatabase } from "@steelman/db";
import type { PrismaClient } from "../apps/api/src/db.ts";
import { CLAIM_WRITES } from "../apps/api/src/services/rate-limits.ts";
import { cpuShare, instanceStats, startApiInstance, stopApiInstance } from "./api-process.ts";
import { benchMemberCookie, createBenchWorkspace } from "./bench-workspace.ts";

const args = process.argv.slice(2);
const profileAt = args.indexOf("--profile");
/** A folder for a CPU profile of the API process (node --cpu-prof). */
const PROFILE_DIR = profileAt >= 0 ? args.splice(profileAt, 2)[1] : undefined;
const keysAt = args.indexOf("--keys");
/** Send an idempotency key with every post, as the web's composer does. */
const WITH_KEYS = keysAt >= 0 && args.splice(keysAt, 1).length === 1;
const numbers = args.map(Number);
const SECONDS = numbers[0] && numbers[0] > 0 ? numbers[0] : 10;
const WRITER_COUNTS = numbers.slice(1).filter((n) => n > 0);
if (WRITER_COUNTS.length === 0) WRITER_COUNTS.push(1, 20);
const ORIGIN = "http://localhost:3000";
const WARM_UP_SECONDS = 3;

const database = await openDatabase({ databaseName: "steelman_bench" });
await applyMigrations(database.url);
const prisma = createPrismaClient(database.url, { poolSize: 4 }) as unknown as PrismaClient;
const api = await startApiInstance(database.url, PROFILE_DIR);
const url = api.url;

// node:http with kept-alive sockets, not fetch: on two cores the writers'
// own process must not be what limits the run (fetch cost it ~4 ms of CPU a post).
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
function postOverHttp(headers: Record<string, string>, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/trpc/claim.post`,
      { method: "POST", agent, headers: { ...headers, "content-length": Buffer.byteLength(body) } },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function run(writers: number, seconds = SECONDS) {
  const { owner, workspace } = await createBenchWorkspace(prisma, "Write load");
  const debate = await prisma.debate.create({
    data: {
      workspaceId: workspace.id,
      question: "How many posts a second?",
      createdById: owner.id,
    },
  });
  // Enough accounts per writer that none passes the per-minute limit at 300 posts/s each.
  const perWriter = Math.ceil((300 * Math.min(seconds, 60)) / CLAIM_WRITES.limit);
  const cookies = await Promise.all(
    Array.from({ length: writers }, (_, w) =>
      Promise.all(
        Array.from({ length: perWriter }, (_, k) =>
          benchMemberCookie(prisma, workspace.id, `w${w}-${k}`),
        ),
      ),
    ),
  );
  const latencies: number[] = [];
  let refused = 0;
  const before = await instanceStats(api);
  const endAt = performance.now() + seconds * 1000;
  const startedAt = performance.now();
  await Promise.all(
    cookies.map(async (mine, w) => {
      for (let k = 0; performance.now() < endAt; k++) {
        const start = performance.now();
        const status = await postOverHttp(
          {
            "content-type": "application/json",
            origin: ORIGIN,
            cookie: mine[k % mine.length]!,
            "x-forwarded-for": `10.0.${w}.${k % 250}`,
          },
          JSON.stringify({
            json: {
              debateId: debate.id,
              kind: "position",
              targetId: null,
              body: `Writer ${w}, post ${k}`,
              ...(WITH_KEYS ? { idempotencyKey: crypto.randomUUID() } : {}),
            },
          }),
        );
        if (status === 200) latencies.push(performance.now() - start);
        else refused += 1;
      }
    }),
  );
  const elapsed = (performance.now() - startedAt) / 1000;
  const after = await instanceStats(api);
  const stored = await prisma.claim.count({ where: { debateId: debate.id } });
  latencies.sort((a, b) => a - b);
  return {
    writers,
    "posts/s": (latencies.length / elapsed).toFixed(0),
    "p50 ms": percentile(latencies, 50).toFixed(1),
    "p95 ms": percentile(latencies, 95).toFixed(1),
    "max ms": (latencies.at(-1) ?? Number.NaN).toFixed(1),
    "server CPU": `${(cpuShare(before, after, elapsed) * 100).toFixed(0)}%`,
    "server CPU ms per post": (
      (cpuShare(before, after, elapsed) * elapsed * 1000) /
      Math.max(1, latencies.length)
    ).toFixed(2),
    "queries per post": ((after.queries - before.queries) / Math.max(1, latencies.length)).toFixed(
      1,
    ),
    refused,
    "stored = acknowledged": stored === latencies.length ? "yes" : `no (${stored})`,
  };
}

const rows = [];
// A fresh server compiles its hot paths in its first seconds: measure after that.
await run(Math.max(...WRITER_COUNTS), WARM_UP_SECONDS);
for (const writers of WRITER_COUNTS) rows.push(await run(writers));
console.log(
  `Posting claims over HTTP into one debate for ${SECONDS} s${WITH_KEYS ? ", each with an idempotency key" : ""}, one API server in its own process (CPU as a share of one core), after a ${WARM_UP_SECONDS} s warm-up:`,
);
console.table(rows);
await stopApiInstance(api);
await prisma.$disconnect();
await database.stop();
process.exit(0);
