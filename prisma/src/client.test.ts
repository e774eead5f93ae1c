// A connection's error that arrives after the pool let go of it (a database
// restart under load: the failed query got the error, the server's
// "terminating connection" comes next) must not end the process.

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConnectTimeoutClient, createPrismaClient } from "./client.ts";
import { type DatabaseHandle, openDatabase } from "./database.ts";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openDatabase({ databaseName: "steelman_test" });
}, 60_000);
afterAll(async () => {
  await database?.stop();
});

describe("the API's database connections", () => {
  it("take a late error without throwing it at the process", async () => {
    const client = new ConnectTimeoutClient(database.url);
    await client.connect();
    try {
      const late = Object.assign(new Error("terminating connection due to administrator command"), {
        code: "57P01",
      });
      // With no listener, EventEmitter throws this synchronously (an uncaught exception).
      expect(() => client.emit("error", late)).not.toThrow();
      expect((await client.query("SELECT 1 AS ok")).rows).toEqual([{ ok: 1 }]);
    } finally {
      await client.end();
    }
  });

  it("write UTC wall-clock times whatever time zone the database server is set to", async () => {
    // Columns are timestamp(3) holding UTC (Prisma's convention); raw SQL and
    // column defaults take now() in the session's zone. A managed server set
    // to another zone would otherwise shift every such time by hours.
    const zoned = await openDatabase({ databaseName: "steelman_zone_test" });
    const admin = new pg.Client({ connectionString: zoned.url });
    await admin.connect();
    await admin.query(`ALTER DATABASE steelman_zone_test SET timezone TO 'Pacific/Auckland'`);
    await admin.end();
    const prisma = createPrismaClient(zoned.url);
    try {
      const [row] = await prisma.$queryRaw<{ at: Date }[]>`SELECT now()::timestamp(3) AS "at"`;
      expect(Math.abs((row?.at.getTime() ?? 0) - Date.now())).toBeLessThan(60_000);
    } finally {
      await prisma.$disconnect();
    }
  });
});
