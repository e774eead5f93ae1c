/**
 * A workshop on one small server: N people follow a 1,000-claim debate over
 * real Server-Sent Events while 10 people post one claim a second each, for
 * a while (20 s unless told), against one and against two API instances on
 * one PostgreSQL. Each instance runs in a process of its own
 * (api-instance.ts), so its CPU time is its own; the listeners and posters
 * run here. Prints, per run: commit→listener p50/p95/max (from the post's
 * commit to each listener's stream carrying it), deliveries missing, each
 * instance's CPU (share of one core), the bench's own (listeners and
 * posters), and the instances' database queries per post (delivery only:
 * posting runs here).
 * Run from the repository root: npx tsx bench/workshop-load.ts [listeners...] [--seconds 20] [--instances 1,2] [--profile dir] [--transport plain|trpc]
 * Listeners read the plain SSE route the web's pages use, or with
 * `--transport trpc` the tRPC subscription `live.debate` (same events).
 * Uses the embedded PostgreSQL (database steelman_bench) unless DATABASE_URL is set.
 */
import { get } from "node:http";
import { applyMigrations, createPrismaClient, openDatabase } from "@steelman/db";
import type { PrismaClient } from "../apps/api/src/db.ts";
import { postClaim } from "../apps/api/src/services/debates/claim-writes.ts";
import { requireDebateAccess } from "../apps/api/src/services/debates/debate-access.ts";
import { createSession } from "../apps/api/src/services/sessions.ts";
import { cpuShare, instanceStats, startApiInstance, stopApiInstance } from "./api-process.ts";
import { seedBenchDebate } from "./seed-bench-debate.ts";

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const SECONDS = Number(option("--seconds") ?? 20);
/** A folder for a CPU profile of each API instance (node --cpu-prof). */
const PROFILE_DIR = option("--profile");
const TRANSPORT = option("--transport") ?? "plain";
if (TRANSPORT !== "plain" && TRANSPORT !== "trpc") throw new Error("--transport is plain or trpc");
const INSTANCES = (option("--instances") ?? "1,2").split(",").map(Number);
const LISTENERS = args.map(Number).filter((n) => n > 0);
if (LISTENERS.length === 0) LISTENERS.push(100, 500, 1_000);
const POSTERS = 10;
const CLAIMS = 1_000;

const database = await openDatabase({ databaseName: "steelman_bench" });
await applyMigrations(database.url);
const prisma = createPrismaClient(database.url, { poolSize: 20 }) as unknown as PrismaClient;

// --- the room: an owner, the posters, the listeners, a 1,000-claim debate ---
const run = crypto.randomUUID().slice(0, 8);
const people = Array.from({ length: POSTERS + Math.max(...LISTENERS) + 1 }, (_, i) => ({
  email: `workshop-${run}-${i}@bench.invalid`,
  displayName: `Person ${i}`,
  passwordHash: "!",
}));
await prisma.user.createMany({ data: people });
const users = await prisma.user.findMany({
  where: { email: { startsWith: `workshop-${run}-` } },
  select: { id: true, email: true },
});
const byIndex = (i: number) => users.find((u) => u.email === `workshop-${run}-${i}@bench.invalid`)!;
const owner = byIndex(0);
const workspace = await prisma.workspace.create({
  data: { name: `Workshop ${run}`, slug: `workshop-${run}` },
});
await prisma.membership.createMany({
  data: users.map((u) => ({
    workspaceId: workspace.id,
    userId: u.id,
    role: u.id === owner.id ? ("owner" as const) : ("member" as const),
  })),
});
const debateId = await seedBenchDebate(prisma, workspace.id, owner.id, CLAIMS);
const targets = (await prisma.claim.findMany({ where: { debateId }, select: { id: true } })).map(
  (c) => c.id,
);
const posters = await Promise.all(
  Array.from({ length: POSTERS }, (_, i) =>
    requireDebateAccess(prisma, byIndex(i + 1).id, debateId, "member", "bench"),
  ),
);
const listenerTokens: string[] = [];
for (let i = 0; i < Math.max(...LISTENERS); i++) {
  const { token } = await createSession(prisma, byIndex(POSTERS + 1 + i).id, {
    userAgent: "bench",
    ipAddress: null,
  });
  listenerTokens.push(token);
}

// --- listeners: one SSE stream each, recording when each claim (by number) arrives ---
const arrivals = new Map<number, number[]>();
/**
 * A claim's arrivals, kept from the first: a listener can read the event
 * before the poster's own acknowledgement comes back to this process (the
 * arrivals a run saw before it were once dropped and counted as missing).
 */
function arrivalsOf(claimNumber: number): number[] {
  let times = arrivals.get(claimNumber);
  if (!times) {
    times = [];
    arrivals.set(claimNumber, times);
  }
  return times;
}
/** Streams the server ended (or that failed) before the run's end: the bench does not reconnect. */
let endedEarly = 0;
/** Why the server ended streams early, when it said (printed after the table). */
const endReasons = new Set<string>();

/**
 * One listener: node:http and a scan for the claim's number, not fetch, web
 * streams and a UTF-8 decoder. All 1,000 listeners share this process and
 * the machine's two cores with the API; in a real room each is a laptop of
 * its own, so what they cost here is the bench's, and it is kept small
 * (fetch's readers took most of this process's CPU). Latin-1 keeps the
 * bytes as they are: the patterns sought are ASCII.
 */
function listen(url: string, token: string, signal: AbortSignal) {
  const input = encodeURIComponent(JSON.stringify({ json: { debateId } }));
  const path =
    TRANSPORT === "plain" ? `/api/live/debates/${debateId}` : `/trpc/live.debate?input=${input}`;
  return new Promise<{ done: Promise<void> }>((opened, refused) => {
    const req = get(
      `${url}${path}`,
      { headers: { cookie: `steelman_session=${token}`, accept: "text/event-stream" }, signal },
      (response) => {
        if (response.statusCode !== 200) {
          response.resume();
          refused(new Error(`a stream was refused: ${response.statusCode}`));
          return;
        }
        response.setEncoding("latin1");
        let buffer = "";
        response.on("data", (chunk: string) => {
          buffer += chunk;
          const messages = buffer.split("\n\n");
          buffer = messages.pop() ?? "";
          for (const message of messages) {
            if (message.startsWith("event: error")) endReasons.add(message.slice(0, 200));
            // The event's own data names the claim's number first; the delta follows.
            const match = /"type":"claim\.posted".*?"number":(\d+)/.exec(message);
            if (match) arrivalsOf(Number(match[1])).push(performance.now());
          }
        });
        // In an object: a returned promise would be awaited until the stream ends.
        opened({
          done: new Promise<void>((ended) => {
            const end = () => {
              if (!signal.aborted) endedEarly += 1;
              ended();
            };
            response.on("end", end);
            response.on("error", end);
            response.on("close", ended);
          }),
        });
      },
    );
    req.on("error", (error) => {
      if (!signal.aborted) refused(error);
    });
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const rows: Record<string, string | number>[] = [];
for (const listeners of LISTENERS) {
  for (const instanceCount of INSTANCES) {
    const instances = await Promise.all(
      Array.from({ length: instanceCount }, () => startApiInstance(database.url, PROFILE_DIR)),
    );
    const abort = new AbortController();
    endedEarly = 0;
    const pumps = await Promise.all(
      listenerTokens
        .slice(0, listeners)
        .map((token, i) => listen(instances[i % instanceCount]!.url, token, abort.signal)),
    );
    for (;;) {
      const open = (await Promise.all(instances.map(instanceStats))).reduce(
        (n, s) => n + s.streams,
        0,
      );
      if (open >= listeners) break;
      await sleep(50);
    }
    await sleep(500);
    const before = await Promise.all(instances.map(instanceStats));
    const benchCpuBefore = process.cpuUsage();
    const started = performance.now();
    const committed = new Map<number, number>();
    let failures = 0;
    // Each poster posts once a second, staggered across the second.
    await Promise.all(
      posters.map(async (access, p) => {
        await sleep((1_000 / POSTERS) * p);
        const end = started + SECONDS * 1_000;
        for (let next = performance.now(); next < end; next += 1_000) {
          await sleep(Math.max(0, next - performance.now()));
          const target = targets[Math.floor(Math.random() * targets.length)] ?? null;
          try {
            const claim = await postClaim(prisma, access, {
              kind: "objection",
              targetId: target,
              body: `Posted by ${p} at ${Math.round(performance.now() - started)} ms`,
            });
            committed.set(claim.number, performance.now());
          } catch {
            failures++;
          }
        }
      }),
    );
    const wall = performance.now() - started;
    // Give the last posts time to reach everyone.
    const drainUntil = Date.now() + 15_000;
    while (
      Date.now() < drainUntil &&
      [...committed.keys()].some((n) => (arrivals.get(n)?.length ?? 0) < listeners)
    ) {
      await sleep(50);
    }
    const after = await Promise.all(instances.map(instanceStats));
    const benchCpu = process.cpuUsage(benchCpuBefore);
    const latencies: number[] = [];
    let missing = 0;
    for (const [number, at] of committed) {
      const times = arrivals.get(number) ?? [];
      missing += listeners - times.length;
      // An arrival can beat the poster's own acknowledgement by a hair: counted as 0.
      for (const t of times) latencies.push(Math.max(0, t - at));
    }
    latencies.sort((a, b) => a - b);
    const cpu = after.map((s, i) => `${(cpuShare(before[i]!, s, wall / 1_000) * 100).toFixed(0)}%`);
    const queries = after.reduce((n, s, i) => n + s.queries - before[i]!.queries, 0);
    rows.push({
      listeners,
      instances: instanceCount,
      posts: committed.size,
      "failed posts": failures,
      "streams ended early": endedEarly,
      deliveries: latencies.length,
      missing,
      "p50 ms": percentile(latencies, 50).toFixed(0),
      "p95 ms": percentile(latencies, 95).toFixed(0),
      "max ms": (latencies.at(-1) ?? Number.NaN).toFixed(0),
      "CPU per instance": cpu.join(" / "),
      // The listeners and posters (this process): a laptop each in a real room.
      "bench's CPU": `${(((benchCpu.user + benchCpu.system) / 1_000 / (performance.now() - started)) * 100).toFixed(0)}%`,
      "queries per post": (queries / Math.max(1, committed.size)).toFixed(1),
    });
    console.log(rows.at(-1));
    abort.abort();
    await Promise.allSettled(pumps.map((pump) => pump.done));
    await Promise.all(instances.map(stopApiInstance));
    arrivals.clear();
  }
}

console.log(
  `Workshop load (${TRANSPORT} SSE): ${POSTERS} people posting one claim a second each for ${SECONDS} s into a ${CLAIMS}-claim debate; latency from each post's commit to each listener's stream carrying it; CPU as a share of one core, per API instance:`,
);
console.table(rows);
for (const reason of endReasons) console.log(`A stream ended early with: ${reason}`);
await prisma.$disconnect();
await database.stop();
process.exit(0);
