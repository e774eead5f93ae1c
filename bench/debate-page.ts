/**
 * How soon a big debate's page shows its outline in Chromium: seeds debates
 * of 1,000 (and more, if asked) claims into a running Steelman's database,
 * opens each page three times in headless Chromium and prints, from the
 * navigation's start, when the first claim and the whole outline were on
 * screen, the page's DOM nodes, and how many times the page read the debate.
 *
 * Needs a running production stack (`npm start`, or the e2e server) on the
 * same embedded PostgreSQL (or DATABASE_URL):
 *   PORT=3340 API_PORT=3341 STEELMAN_PG_PORT=55115 node scripts/start.mjs &
 *   STEELMAN_PG_PORT=55115 npx tsx bench/debate-page.ts http://localhost:3340 [claims...]
 */
import { createPrismaClient, openDatabase } from "@steelman/db";
import { chromium } from "playwright";
import { createSession } from "../apps/api/src/services/sessions.ts";
import { seedBenchDebate } from "./seed-bench-debate.ts";

const BASE = process.argv.slice(2).find((arg) => arg.startsWith("http")) ?? "http://localhost:3000";
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [1_000];
const RUNS = 3;

const database = await openDatabase();
const prisma = createPrismaClient(database.url);
const user = await prisma.user.create({
  data: {
    email: `bench-${crypto.randomUUID()}@bench.invalid`,
    displayName: "Bench",
    passwordHash: "!",
  },
});
const slug = `bench-${crypto.randomUUID().slice(0, 8)}`;
const workspace = await prisma.workspace.create({
  data: { name: "Bench", slug, memberships: { create: { userId: user.id, role: "owner" } } },
});
const { token } = await createSession(prisma, user.id, { userAgent: "bench", ipAddress: null });

const browser = await chromium.launch({
  executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
const context = await browser.newContext();
await context.addCookies([{ name: "steelman_session", value: token, url: BASE }]);

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const rows: Record<string, string>[] = [];
for (const size of SIZES) {
  const debateId = await seedBenchDebate(prisma, workspace.id, user.id, size);
  const first: number[] = [];
  const whole: number[] = [];
  let nodes = 0;
  let reads = 0;
  for (let run = 0; run < RUNS; run++) {
    const page = await context.newPage();
    let debateReads = 0;
    page.on("request", (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith("/trpc/") && path.split(",").some((p) => p.endsWith("debate.get")))
        debateReads += 1;
    });
    await page.goto(`${BASE}/w/${slug}/d/${debateId}`, { waitUntil: "commit" });
    await page.waitForFunction(() => document.querySelector("article") !== null, null, {
      timeout: 120_000,
      polling: 50,
    });
    first.push(await page.evaluate(() => performance.now()));
    await page.waitForFunction((n) => document.querySelectorAll("article").length >= n, size, {
      timeout: 120_000,
      polling: 50,
    });
    whole.push(await page.evaluate(() => performance.now()));
    nodes = await page.evaluate(() => document.getElementsByTagName("*").length);
    // Let the live stream start: it must not read the debate again.
    await page.waitForTimeout(1_000);
    reads = debateReads;
    await page.close();
  }
  rows.push({
    claims: size.toLocaleString("en"),
    "first claim ms": median(first).toFixed(0),
    "whole outline ms": median(whole).toFixed(0),
    "DOM nodes": nodes.toLocaleString("en"),
    "nodes/claim": (nodes / size).toFixed(0),
    "debate reads per load": String(reads),
  });
}
console.log(`Debate page in headless Chromium, median of ${RUNS} loads, from navigation start`);
console.table(rows);

await browser.close();
await prisma.$disconnect();
process.exit(0);
