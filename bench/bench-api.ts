/**
 * The API as the benchmarks run it: in this process, on an ephemeral
 * loopback port, against the embedded PostgreSQL (database steelman_bench)
 * or DATABASE_URL, with its own event bus. One place instead of a copy per
 * bench.
 */
import { applyMigrations, createPrismaClient, openDatabase } from "@steelman/db";
import { readApiEnv } from "../apps/api/src/env.ts";
import { buildServer } from "../apps/api/src/http/server.ts";
import { EventBus } from "../apps/api/src/realtime/event-bus.ts";

export async function startBenchApi(appOrigin = "http://localhost:3000") {
  const database = await openDatabase({ databaseName: "steelman_bench" });
  await applyMigrations(database.url);
  const prisma = createPrismaClient(database.url, { poolSize: 10 });
  const events = new EventBus(prisma, database.url);
  await events.start();
  const server = await buildServer(
    prisma,
    readApiEnv({ NODE_ENV: "test", APP_ORIGIN: appOrigin }),
    events,
  );
  await server.listen({ host: "127.0.0.1", port: 0 });
  const address = server.server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const stop = async () => {
    await server.close();
    await events.stop();
    await prisma.$disconnect();
    await database.stop();
  };
  return { prisma, events, url, stop };
}
