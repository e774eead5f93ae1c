/**
 * A room opens the link: N people (each their own member and session) ask
 * for the same debate at the same moment, just after a change to it (so no
 * reader has read it yet), as the web's client asks (packed, brotli). Against
 * an API instance with the cache of shared read parts off and one with it on
 * (services/debates/debate-read-cache.ts), alternated, each in a process of
 * its own (api-instance.ts) so that its CPU time is its own. Prints p50 / p95
 * and when the last person had the debate, and the instance's CPU time.
 * Run from the repository root: npx tsx bench/room-opens.ts [claims...] [--people 100,300] [--profile dir]
 * Uses the embedded PostgreSQL (database steelman_bench) unless DATABASE_URL is set.
 */
import { applyMigrations, createPrismaClient, openDatabase } from "@steelman/db";
import { postClaim } from "../apps/api/src/services/debates/claim-writes.ts";
import { requireDebateAccess } from "../apps/api/src/services/debates/debate-access.ts";
import { PACKED_WIRE_HEADER } from "../apps/api/src/wire/packed-debate.ts";
import {
  type ApiInstance,
  instanceStats,
  startApiInstance,
  stopApiInstance,
} from "./api-process.ts";
import { benchMemberCookie, createBenchWorkspace } from "./bench-workspace.ts";
import { seedBenchDebate } from "./seed-bench-debate.ts";

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
/** A folder for the CPU profile of the instance with shared parts on (node --cpu-prof). */
const PROFILE_DIR = option("--profile");
const PEOPLE = (option("--people") ?? "100,300").split(",").map(Number);
const SIZES = args.map(Number).filter((n) => n > 0);
if (SIZES.length === 0) SIZES.push(1_000, 10_000);
const ROUNDS = 3;

const database = await openDatabase({ databaseName: "steelman_bench" });
await applyMigrations(database.url);
const prisma = createPrismaClient(database.url, { poolSize: 4 });

const { owner, workspace } = await createBenchWorkspace(prisma, "Room");
const most = Math.max(...PEOPLE);
const people = await Promise.all(
  Array.from({ length: most }, (_, i) => benchMemberCookie(prisma, workspace.id, `P${i}`)),
);

const instances: Record<"off" | "on", ApiInstance> = {
  off: await startApiInstance(database.url, undefined, { DEBATE_READ_CACHE_SECONDS: "0" }),
  on: await startApiInstance(database.url, PROFILE_DIR, { DEBATE_READ_CACHE_SECONDS: "20" }),
};

const readUrl = (base: string, debateId: string) =>
  `${base}/trpc/debate.get?input=${encodeURIComponent(JSON.stringify({ json: { debateId } }))}`;

/** Everyone asks at once; each time is from the common start to that person's whole answer. */
async function roomOpens(instance: ApiInstance, debateId: string, count: number) {
  const url = readUrl(instance.url, debateId);
  const start = performance.now();
  const times = await Promise.all(
    people.slice(0, count).map(async (cookie) => {
      const response = await fetch(url, {
        headers: { cookie, [PACKED_WIRE_HEADER]: "packed", "accept-encoding": "br" },
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`debate.get answered ${response.status}`);
      return performance.now() - start;
    }),
  );
  return times.sort((a, b) => a - b);
}

const at = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
const cpuMs = (a: NodeJS.CpuUsage, b: NodeJS.CpuUsage) =>
  (b.user - a.user + b.system - a.system) / 1000;

const rows: Record<string, string>[] = [];
for (const size of SIZES) {
  const debateId = await seedBenchDebate(prisma, workspace.id, owner.id, size);
  const access = await requireDebateAccess(prisma, owner.id, debateId, "owner", "bench");
  for (const count of PEOPLE) {
    const results = {
      off: [] as { p50: number; p95: number; last: number; cpu: number }[],
      on: [] as { p50: number; p95: number; last: number; cpu: number }[],
    };
    for (let round = 0; round < ROUNDS; round++) {
      for (const mode of ["off", "on"] as const) {
        // A change just before: nobody has read the debate as it now stands.
        await postClaim(prisma, access, {
          kind: "position",
          targetId: null,
          body: `Round ${round}`,
        });
        const before = await instanceStats(instances[mode]);
        const times = await roomOpens(instances[mode], debateId, count);
        const after = await instanceStats(instances[mode]);
        results[mode].push({
          p50: at(times, 0.5),
          p95: at(times, 0.95),
          last: at(times, 1),
          cpu: cpuMs(before.cpu, after.cpu),
        });
      }
    }
    for (const mode of ["off", "on"] as const) {
      const runs = results[mode];
      const range = (pick: (r: (typeof runs)[number]) => number) => {
        const values = runs.map(pick).sort((a, b) => a - b);
        return `${values[0]?.toFixed(0)}–${values[values.length - 1]?.toFixed(0)}`;
      };
      rows.push({
        claims: size.toLocaleString("en"),
        people: String(count),
        "shared parts": mode,
        "p50 ms": range((r) => r.p50),
        "p95 ms": range((r) => r.p95),
        "last ms": range((r) => r.last),
        "API CPU ms": range((r) => r.cpu),
        "API CPU ms per reader": range((r) => r.cpu / count),
      });
    }
  }
}
console.log(
  `A room opens one debate at once, just after a change (${ROUNDS} rounds each, ranges over rounds)`,
);
console.table(rows);

await stopApiInstance(instances.off);
await stopApiInstance(instances.on);
await prisma.$disconnect();
await database.stop();
process.exit(0);
