/**
 * One API instance in a process of its own, for workshop-load.ts: it serves
 * on an ephemeral loopback port against DATABASE_URL, counts its own
 * database queries, and answers "stats" with its CPU time, query count and
 * open streams. Started with child_process.fork (IPC), never by hand.
 */
import { createPrismaClient, poolOf } from "@steelman/db";
import { readApiEnv } from "../apps/api/src/env.ts";
import { buildServer } from "../apps/api/src/http/server.ts";
import { EventBus } from "../apps/api/src/realtime/event-bus.ts";

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl || !process.send) throw new Error("run by workshop-load.ts, with DATABASE_URL");

// The client exactly as the server makes it (an $extends wrapper would have
// no pool, and the hot reads would take Prisma's slower path): statements are
// counted on the pool's connections instead (statements, so a Prisma
// relation read counts as the several it sends). Not counted: transaction
// control, and Prisma's own Session statements (the session watch's 2-second
// timer, and a session's sliding expiry), as before.
let queries = 0;
const NOT_COUNTED = /^\s*(BEGIN|COMMIT|ROLLBACK|SET TRANSACTION)|"public"\."Session"/i;
const prisma = createPrismaClient(databaseUrl, { poolSize: 10 });
poolOf(prisma)?.on("connect", (connection) => {
  const query = connection.query.bind(connection) as (...args: unknown[]) => unknown;
  (connection as { query: unknown }).query = (...args: unknown[]) => {
    const first = args[0];
    const text = typeof first === "string" ? first : (first as { text?: string } | null)?.text;
    if (typeof text === "string" && !NOT_COUNTED.test(text)) queries++;
    return query(...args);
  };
});
const events = new EventBus(prisma, databaseUrl);
await events.start();
const server = await buildServer(
  prisma,
  readApiEnv({
    NODE_ENV: "test",
    APP_ORIGIN: "http://localhost:3000",
    DEBATE_READ_CACHE_SECONDS: process.env.DEBATE_READ_CACHE_SECONDS,
  }),
  events,
);
await server.listen({ host: "127.0.0.1", port: 0 });
const address = server.server.address();
const port = typeof address === "object" && address ? address.port : 0;

process.on("message", async (message) => {
  if (message === "stats") {
    process.send?.({ cpu: process.cpuUsage(), queries, streams: events.subscriberCount });
  } else if (message === "stop") {
    await server.close();
    await events.stop();
    process.exit(0);
  }
});
process.send({ url: `http://127.0.0.1:${port}` });
