// Faults the end-to-end specs inject into the real stack: the API's
// listening connection to PostgreSQL cut, as a database restart or a network
// fault would (pg_terminate_backend), from the same database the app uses.
import { createPrismaClient, openDatabase } from "@steelman/db";

/** Cuts the API's LISTEN connections again and again for `ms`, so the outage lasts that long. */
export async function cutLiveListenersFor(ms: number): Promise<number> {
  // The server started by the suite's webServer uses steelman_e2e (playwright.config.ts).
  const database = await openDatabase({ databaseName: "steelman_e2e" });
  const prisma = createPrismaClient(database.url, { poolSize: 1 });
  let cut = 0;
  try {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      const rows = await prisma.$queryRaw<{ terminated: boolean }[]>`
        SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND query ILIKE 'LISTEN%'`;
      cut += rows.filter((row) => row.terminated).length;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await prisma.$disconnect();
  }
  return cut;
}
