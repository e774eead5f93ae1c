// The three migration commands the project needs: apply (on every start),
// create (after a schema change) and status.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { migrationsDir, schemaPath } from "../paths.ts";
import { describeEngineError, openSchemaEngine, type SchemaEngine } from "./migration-engine.ts";
import { readMigrationsFolder } from "./migrations-folder.ts";

const noFilters = { externalTables: [], externalEnums: [] };

async function withEngine<T>(url: string, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const engine = await openSchemaEngine(url, schemaPath);
  try {
    return await run(engine);
  } catch (error) {
    throw new Error(`Migration failed: ${describeEngineError(error)}`, { cause: error });
  } finally {
    engine.free();
  }
}

/** Applies every migration not yet applied; returns the names applied now. */
export async function applyMigrations(url: string): Promise<string[]> {
  const migrationsList = await readMigrationsFolder(migrationsDir);
  return withEngine(url, async (engine) => {
    const output = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return output.appliedMigrationNames;
  });
}

/**
 * Writes a new migration from the difference between the migrations folder
 * (replayed by the engine on a shadow database) and schema.prisma.
 * Returns the folder name, or null when the schema has not changed.
 */
export async function createMigration(url: string, name: string): Promise<string | null> {
  const migrationsList = await readMigrationsFolder(migrationsDir);
  const schema = await readFile(schemaPath, "utf8");
  return withEngine(url, async (engine) => {
    const from =
      migrationsList.migrationDirectories.length === 0
        ? { tag: "empty" as const }
        : { tag: "migrations" as const, ...migrationsList };
    const diff = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const script = diff.stdout ?? "";
    if (!/^\s*[A-Z]/m.test(script.replace(/^--.*$/gm, ""))) return null;
    const folderName = `${migrationTimestamp(new Date())}_${name}`;
    const folder = join(migrationsDir, folderName);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, "migration.sql"), script);
    await writeFile(
      join(migrationsDir, "migration_lock.toml"),
      '# Written by the migration command; do not edit.\nprovider = "postgresql"\n',
    );
    return folderName;
  });
}

/** Prisma's folder prefix: UTC yyyyMMddHHmmss. */
function migrationTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

export type MigrationStatus = Awaited<ReturnType<SchemaEngine["diagnoseMigrationHistory"]>>;

export async function readMigrationStatus(url: string): Promise<MigrationStatus> {
  const migrationsList = await readMigrationsFolder(migrationsDir);
  return withEngine(url, (engine) =>
    engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: noFilters,
    }),
  );
}
