/**
 * How soon a big debate's page shows its outline in Chromium: seeds debates
 * of 1,000 (and more, if asked) claims into a running Steelman's database,
 * opens each page three times in headless Chromium and prints, from the
 * navigation's start (each load on a settled machine: SETTLE_MS), when
 * the first claim and the whole outline (as the
 * page renders it: big debates show threads collapsed) could be seen
 * (the first animation frame after they were in the DOM), the
 * main thread's long tasks until then, when the page's HTML was in, the
 * page's DOM nodes, how many times the page read the debate, how long
 * opening the first thread takes, and how soon a deep link to the last
 * claim (`#claim-N`) has it focused.
 *
 * Needs a running production stack (`npm start`, or the e2e server) on the
 * same embedded PostgreSQL (or DATABASE_URL):
 *   PORT=3340 API_PORT=3341 STEELMAN_PG_PORT=55115 node scripts/start.mjs &
 *   STEELMAN_PG_PORT=55115 npx tsx bench/debate-page.ts http://localhost:3340 [claims...] [--timeline] [--profile dir]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { createPrismaClient, openDatabase } from "@steelman/db";
import { chromium, type Page } from "playwright";
import { createSession } from "../apps/api/src/services/sessions.ts";
import { seedBenchDebate } from "./seed-bench-debate.ts";

const BASE = process.argv.slice(2).find((arg) => arg.startsWith("http")) ?? "http://localhost:3000";
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [1_000];
const RUNS = 3;
/**
 * Pause after a page closes: closing a 10,000-claim page keeps the browser
 * busy for a while, and on a 2-core machine that also runs the servers the
 * next load would share the CPU with it (its HTML's first byte came 0.5–1 s
 * later than with a pause).
 */
const SETTLE_MS = 2_000;
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
/** `--timeline`: print every request of the first load of each size, to see what the page waits for. */
const TIMELINE = process.argv.includes("--timeline");
/** `--profile DIR`: the browser's CPU profile of the first load of each size, until the outline is complete. */
const PROFILE_DIR = (() => {
  const at = process.argv.indexOf("--profile");
  return at >= 0 ? process.argv[at + 1] : undefined;
})();

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
// Long tasks from the navigation's start: how long the page could not answer.
await context.addInitScript(() => {
  const tasks: number[] = [];
  const starts: number[] = [];
  Object.assign(window, { benchLongTasks: tasks, benchLongTaskStarts: starts });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      tasks.push(entry.duration);
      starts.push(entry.startTime);
    }
  }).observe({ type: "longtask", buffered: true });
});
// When things happened, noted as the page's DOM changes (a poll from the page
// runs late while scripts hold the main thread): the first claim shown (not
// in a hidden part) and the outline complete (its list no longer busy). A
// string, not a function: tsx would wrap a named function in a helper the
// page lacks.
await context.addInitScript(`(function () {
  var marks = (window.benchMarks = {});
  var shown = function (selector) {
    var element = document.querySelector(selector);
    return element !== null && element.closest("[hidden]") === null;
  };
  // Marked in the next animation frame: a frame is drawn only once the
  // stylesheet is in, so a claim the HTML carries counts when it can be seen.
  var markAtNextFrame = function (name) {
    marks[name] = null;
    requestAnimationFrame(function () { marks[name] = performance.now(); });
  };
  var observer = new MutationObserver(function () {
    if (marks.firstClaim === undefined && shown("article")) markAtNextFrame("firstClaim");
    if (marks.outline === undefined && shown('section[aria-labelledby="positions-heading"] ol[aria-busy="false"]'))
      markAtNextFrame("outline");
    // Hydrated, and its live stream open: the page answers and follows changes.
    if (marks.live === undefined && shown('[data-live-status="live"]')) marks.live = performance.now();
    if (marks.outline !== undefined && marks.live !== undefined) observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["hidden", "aria-busy", "data-live-status"] });
})();`);
await context.addCookies([{ name: "steelman_session", value: token, url: BASE }]);

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const rows: Record<string, string>[] = [];
type Marks = { firstClaim: number; outline: number; live: number };
/** The init script's marks, once the outline is complete. */
async function pageMarks(page: Page): Promise<Marks> {
  await page.waitForFunction(
    () => {
      const marks = (window as unknown as { benchMarks: Partial<Marks> }).benchMarks;
      return typeof marks.outline === "number" && marks.live !== undefined;
    },
    null,
    { timeout: 120_000, polling: 50 },
  );
  return page.evaluate(() => (window as unknown as { benchMarks: Marks }).benchMarks);
}

/** Opens the first collapsed thread and times it until its replies are on the page (no named helpers inside: tsx would rename them). */
function openFirstThread(page: Page) {
  return page.evaluate(async () => {
    const button = Array.from(document.querySelectorAll("button[aria-expanded=false]")).find((b) =>
      b.textContent?.startsWith("Show"),
    );
    if (!(button instanceof HTMLButtonElement)) return Number.NaN;
    const start = performance.now();
    button.click();
    for (;;) {
      const id = button.getAttribute("aria-controls");
      if (id && document.getElementById(id)) break;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now() - start;
  });
}

for (const size of SIZES) {
  const debateId = await seedBenchDebate(prisma, workspace.id, user.id, size);
  const first: number[] = [];
  const whole: number[] = [];
  const blocked: number[] = [];
  const longest: number[] = [];
  const opened: number[] = [];
  const readStart: number[] = [];
  const readEnd: number[] = [];
  const htmlDone: number[] = [];
  const live: number[] = [];
  const errors: string[] = [];
  let nodes = 0;
  let articles = 0;
  let reads = 0;
  // One load more than RUNS, after a change to the debate: the API builds the
  // shared part again (debate-read-cache.ts keys it on the debate's latest
  // event and updatedAt), as for anyone opening a debate someone just changed.
  for (let run = 0; run <= RUNS; run++) {
    if (run === RUNS) {
      await prisma.debate.update({ where: { id: debateId }, data: { updatedAt: new Date() } });
    }
    const page = await context.newPage();
    let debateReads = 0;
    page.on("request", (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith("/trpc/") && path.split(",").some((p) => p.endsWith("debate.get")))
        debateReads += 1;
    });
    // A hydration mismatch or a failed script shows here: the numbers would not be of a working page.
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    const cdp = PROFILE_DIR && run === 0 ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.start");
    }
    await page.goto(`${BASE}/w/${slug}/d/${debateId}`, { waitUntil: "commit" });
    const marks = await pageMarks(page);
    first.push(marks.firstClaim);
    whole.push(marks.outline);
    htmlDone.push(
      await page.evaluate(
        () =>
          (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming)
            .responseEnd,
      ),
    );
    if (cdp && PROFILE_DIR) {
      const { profile } = await cdp.send("Profiler.stop");
      mkdirSync(PROFILE_DIR, { recursive: true });
      writeFileSync(`${PROFILE_DIR}/page-${size}.cpuprofile`, JSON.stringify(profile));
    }
    const read = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((entry) => entry.name.includes("debate.get"))
        .map((entry) => [entry.startTime, (entry as PerformanceResourceTiming).responseEnd]),
    );
    if (TIMELINE && run === 0) {
      const entries = await page.evaluate(() =>
        performance
          .getEntriesByType("resource")
          .map((e) => [
            Math.round(e.startTime),
            Math.round((e as PerformanceResourceTiming).responseStart),
            Math.round((e as PerformanceResourceTiming).responseEnd),
            e.name.replace(/^https?:\/\/[^/]+/, "").slice(0, 70),
          ]),
      );
      console.log(`Requests of one ${size}-claim page load (start, first byte, end ms, path):`);
      for (const entry of entries) console.log(`  ${entry.join("  ")}`);
      const busy = await page.evaluate(() => {
        const w = window as unknown as { benchLongTasks: number[]; benchLongTaskStarts: number[] };
        return w.benchLongTaskStarts.map((start, i) => [start, start + (w.benchLongTasks[i] ?? 0)]);
      });
      console.log(
        `Long tasks (start, end ms): ${busy.map(([a, b]) => `${a?.toFixed(0)}–${b?.toFixed(0)}`).join(", ")}`,
      );
      console.log(
        `First claim at ${marks.firstClaim.toFixed(0)} ms, outline at ${marks.outline.toFixed(0)} ms`,
      );
    }
    live.push(marks.live);
    readStart.push(read[0]?.[0] ?? Number.NaN);
    readEnd.push(read[0]?.[1] ?? Number.NaN);
    const tasks = await page.evaluate(
      () => (window as unknown as { benchLongTasks: number[] }).benchLongTasks,
    );
    blocked.push(tasks.reduce((sum, task) => sum + Math.max(0, task - 50), 0));
    longest.push(Math.max(0, ...tasks));
    nodes = await page.evaluate(() => document.getElementsByTagName("*").length);
    articles = await page.evaluate(() => document.querySelectorAll("article").length);
    // Let the live stream start: it must not read the debate again.
    await page.waitForTimeout(1_000);
    reads = debateReads;
    opened.push(await openFirstThread(page));
    await page.close();
    await settle();
  }
  const afterChange = first.pop();
  for (const list of [whole, htmlDone, live, blocked, longest, opened, readStart, readEnd]) {
    list.pop();
  }
  // A deep link to the newest claim, deep in a thread: opened and focused.
  const page = await context.newPage();
  await page.goto(`${BASE}/w/${slug}/d/${debateId}#claim-${size}`, { waitUntil: "commit" });
  await page.waitForFunction((id) => document.activeElement?.id === id, `claim-${size}`, {
    timeout: 120_000,
    polling: 50,
  });
  const deepLink = await page.evaluate(() => performance.now());
  await page.close();
  if (errors.length > 0)
    console.log(`Console errors at ${size} claims:\n${[...new Set(errors)].join("\n")}`);
  rows.push({
    claims: size.toLocaleString("en"),
    "HTML done ms": median(htmlDone).toFixed(0),
    // The browser's own read: none when the page arrived with the debate.
    "read starts ms": reads === 0 ? "in HTML" : median(readStart).toFixed(0),
    "read done ms": reads === 0 ? "in HTML" : median(readEnd).toFixed(0),
    "first claim ms": median(first).toFixed(0),
    // The first load reads what no reader has read yet (the API's shared part is built then).
    "1st load: first claim ms": (first[0] ?? Number.NaN).toFixed(0),
    "after a change: first claim ms": (afterChange ?? Number.NaN).toFixed(0),
    "whole outline ms": median(whole).toFixed(0),
    "live ms": median(live).toFixed(0),
    "blocked ms": median(blocked).toFixed(0),
    "longest task ms": median(longest).toFixed(0),
    articles: articles.toLocaleString("en"),
    "DOM nodes": nodes.toLocaleString("en"),
    "nodes/article": (nodes / Math.max(1, articles)).toFixed(0),
    "open thread ms": median(opened).toFixed(0),
    "deep link ms": deepLink.toFixed(0),
    "browser's debate reads per load": String(reads),
    "console errors": String(errors.length),
  });
}
console.log(`Debate page in headless Chromium, median of ${RUNS} loads, from navigation start`);
console.table(rows);

await browser.close();
await prisma.$disconnect();
process.exit(0);
