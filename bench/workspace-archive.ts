/**
 * Workspace archive at size: a workspace of debates × 1,000 claims (with
 * revisions, links and votes from seed-bench-debate.ts) exported to a file
 * and imported as a new workspace, timing each and sampling the RSS during
 * each (the archive streams both ways, so the peak should not grow with size).
 * Run from the repository root:
 *   npx tsx bench/workspace-archive.ts              # --scale 0.1: 10 debates × 1,000 claims (~1 min)
 *   npx tsx bench/workspace-archive.ts --scale 1    # 100 debates × 1,000 claims
 * Uses the embedded PostgreSQL (database steelman_bench) unless DATABASE_URL is set.
 */
import { stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { applyMigrations, createPrismaClient, openDatabase } from "@steelman/db";
import {
  archiveFileLines,
  openArchiveFile,
} from "../apps/api/src/services/archive/archive-files.ts";
import { exportWorkspaceArchive } from "../apps/api/src/services/archive/export-workspace.ts";
import { importWorkspaceArchive } from "../apps/api/src/services/archive/import-workspace.ts";
import { seedBenchDebate } from "./seed-bench-debate.ts";

const { values } = parseArgs({ options: { scale: { type: "string", default: "0.1" } } });
const debates = Math.max(1, Math.round(100 * Number(values.scale)));
const CLAIMS = 1_000;

const database = await openDatabase({ databaseName: "steelman_bench" });
await applyMigrations(database.url);
const prisma = createPrismaClient(database.url, { poolSize: 4 });
const tag = crypto.randomUUID().slice(0, 8);
const user = await prisma.user.create({
  data: { email: `archive-bench-${tag}@bench.invalid`, displayName: "Bench", passwordHash: "" },
  select: { id: true },
});
const workspace = await prisma.workspace.create({
  data: {
    slug: `archive-bench-${tag}`,
    name: "Archive bench",
    memberships: { create: { userId: user.id, role: "owner" } },
  },
  select: { id: true, slug: true },
});
console.log(`Seeding ${debates} debates × ${CLAIMS} claims…`);
for (let i = 0; i < debates; i++) await seedBenchDebate(prisma, workspace.id, user.id, CLAIMS);

/** Runs `work`, returning its time and the highest RSS seen while it ran. */
async function measure(work: () => Promise<unknown>) {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  clearInterval(sampler);
  return {
    seconds: (ms / 1000).toFixed(1),
    peakMiB: (Math.max(peak, process.memoryUsage().rss) / 2 ** 20).toFixed(0),
  };
}

const file = join(tmpdir(), `archive-bench-${tag}.ndjson`);
const before = (process.memoryUsage().rss / 2 ** 20).toFixed(0);
const exported = await measure(async () => {
  const out = openArchiveFile(file);
  await exportWorkspaceArchive(prisma, workspace.slug, out.sink);
  await out.close();
});
const size = ((await stat(file)).size / 2 ** 20).toFixed(1);
const imported = await measure(() =>
  importWorkspaceArchive(prisma, archiveFileLines(file), { slug: `archive-bench-copy-${tag}` }),
);
console.log(
  `${debates * CLAIMS} claims in ${debates} debates; archive ${size} MiB; RSS before ${before} MiB`,
);
console.log(`export: ${exported.seconds} s, peak RSS ${exported.peakMiB} MiB`);
console.log(
  `import: ${imported.seconds} s (check pass + one transaction), peak RSS ${imported.peakMiB} MiB`,
);
await prisma.$disconnect();
await database.stop();
