// A connection's error that arrives after the pool let go of it (a database
// restart under load: the failed query got the error, the server's
// "terminating connection" comes next) must not end the process.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConnectTimeoutClient } from "./client.ts";
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
});
