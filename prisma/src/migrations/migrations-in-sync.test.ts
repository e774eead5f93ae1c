// Guards the rule "every schema change ships a migration": replaying the
// migrations folder must give exactly schema.prisma.
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "../database.ts";
import { migrationsDir, schemaPath } from "../paths.ts";
import { openSchemaEngine } from "./migration-engine.ts";
import { readMigrationsFolder } from "./migrations-folder.ts";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openDatabase({ databaseName: "steelman_test" });
}, 60_000);
afterAll(async () => {
  await database?.stop();
});

describe("migrations folder", () => {
  it("matches schema.prisma (run `npm run db:migrate:create -- <name>` if not)", async () => {
    const engine = await openSchemaEngine(database.url, schemaPath);
    try {
      const diff = await engine.diff({
        from: { tag: "migrations", ...(await readMigrationsFolder(migrationsDir)) },
        to: {
          tag: "schemaDatamodel",
          files: [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }],
        },
        script: true,
        exitCode: null,
        filters: { externalTables: [], externalEnums: [] },
      });
      const statements = (diff.stdout ?? "").replace(/^--.*$/gm, "").trim();
      expect(statements).toBe("");
    } finally {
      engine.free();
    }
  }, 60_000);
});
