/**
 * One API instance in a process of its own, for workshop-load.ts: it serves
 * on an ephemeral loopback port against DATABASE_URL, counts its own
 * database queries, and answers "stats" with its CPU time, query count and
 * open streams. Started with child_process.fork (IPC), never by hand.
 */
import { createPrismaClient } from "@steelman/db";
import type { PrismaClient } from "../apps/api/src/db.ts";
import { readApiEnv } from "../apps/api/src/env.ts";
import { buildServer } from "../apps/api/src/http/server.ts";
import { EventBus } from "../apps/api/src/realtime/event-bus.ts";

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl || !process.send) throw new Error("run by workshop-load.ts, with DATABASE_URL");

let queries = 0;
const prisma = createPrismaClient(databaseUrl, { poolSize: 10 }).$extends({
  query: {
    $allOperations({ model, args, query }) {
      // The session watch's 2-second timer runs whatever happens: not counted.
      if (model !== "Session") queries++;
      return query(args);
    },
  },
}) as unknown as PrismaClient;
const events = new EventBus(prisma, databaseUrl);
await events.start();
const server = await buildServer(
  prisma,
  readApiEnv({ NODE_ENV: "test", APP_ORIGIN: "http://localhost:3000" }),
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
