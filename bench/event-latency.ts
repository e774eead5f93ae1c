/**
 * Live-update latency: how long from a change being committed until every
 * subscriber's Server-Sent Events stream carries it, with 100 and 500
 * subscribers on one API server over real HTTP on loopback.
 * Run from the repository root: npx tsx bench/event-latency.ts [subscribers...]
 * Uses the embedded PostgreSQL (database steelman_bench) unless DATABASE_URL is set.
 */

import { postClaim } from "../apps/api/src/services/debates/claim-writes.ts";
import { requireDebateAccess } from "../apps/api/src/services/debates/debate-access.ts";
import { createSession } from "../apps/api/src/services/sessions.ts";
import { startBenchApi } from "./bench-api.ts";
import { createBenchWorkspace } from "./bench-workspace.ts";

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SUBSCRIBER_COUNTS = sizes.length > 0 ? sizes : [100, 500];
const ROUNDS = 20;

const { prisma, events, url, stop } = await startBenchApi();

const { owner: user, workspace } = await createBenchWorkspace(prisma, "Bench");
const debate = await prisma.debate.create({
  data: { workspaceId: workspace.id, question: "How fast?", createdById: user.id },
});
const { token } = await createSession(prisma, user.id, { userAgent: "bench", ipAddress: null });
const access = await requireDebateAccess(prisma, user.id, debate.id, "member", "bench");

/** One SSE subscriber: records when each claim.posted event (by claim number) arrives. */
async function subscribe(
  arrivals: Map<number, number[]>,
  signal: AbortSignal,
): Promise<() => Promise<void>> {
  const input = encodeURIComponent(JSON.stringify({ json: { debateId: debate.id } }));
  const response = await fetch(`${url}/trpc/live.debate?input=${input}`, {
    headers: { cookie: `steelman_session=${token}`, accept: "text/event-stream" },
    signal,
  });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const pump = async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        const messages = buffer.split("\n\n");
        buffer = messages.pop() ?? "";
        for (const message of messages) {
          const match = /"type":"claim\.posted".*?"number":(\d+)/.exec(message);
          if (match) arrivals.get(Number(match[1]))?.push(performance.now());
        }
      }
    } catch {
      // aborted at the end of the run
    }
  };
  return pump;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const rows: Record<string, string | number>[] = [];
for (const count of SUBSCRIBER_COUNTS) {
  const abort = new AbortController();
  const arrivals = new Map<number, number[]>();
  const pumps = await Promise.all(
    Array.from({ length: count }, () => subscribe(arrivals, abort.signal)),
  );
  const running = pumps.map((pump) => pump());
  while (events.subscriberCount < count) await new Promise((resolve) => setTimeout(resolve, 20));
  const latencies: number[] = [];
  const lastArrival: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const number =
      (await prisma.debate.findUniqueOrThrow({ where: { id: debate.id } })).claimCount + 1;
    arrivals.set(number, []);
    const start = performance.now();
    await postClaim(prisma, access, { kind: "position", targetId: null, body: `Round ${round}` });
    const deadline = Date.now() + 10_000;
    while ((arrivals.get(number)?.length ?? 0) < count && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    const times = (arrivals.get(number) ?? []).map((t) => t - start);
    if (times.length < count)
      throw new Error(`only ${times.length}/${count} subscribers received round ${round}`);
    latencies.push(...times);
    lastArrival.push(Math.max(...times));
  }
  abort.abort();
  await Promise.allSettled(running);
  latencies.sort((a, b) => a - b);
  lastArrival.sort((a, b) => a - b);
  rows.push({
    subscribers: count,
    deliveries: latencies.length,
    "p50 ms": percentile(latencies, 50).toFixed(1),
    "p95 ms": percentile(latencies, 95).toFixed(1),
    "p99 ms": percentile(latencies, 99).toFixed(1),
    "all delivered, median ms": percentile(lastArrival, 50).toFixed(1),
    "all delivered, worst ms": (lastArrival.at(-1) ?? Number.NaN).toFixed(1),
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
}

console.log(
  `Event delivery over SSE, one API server, ${ROUNDS} changes each (time from the change's call to arrival):`,
);
console.table(rows);
await stop();
process.exit(0);
