// Prisma's schema engine, run from its WebAssembly build so that migrations
// need no native binary download (the Prisma 7 CLI cannot migrate offline).
// The engine keeps Prisma's usual layout: prisma/migrations/<ts>_<name>/
// migration.sql and the _prisma_migrations table, and it takes a PostgreSQL
// advisory lock while applying, so concurrent starts are safe.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type * as SchemaEngineBindings from "@prisma/schema-engine-wasm";
import { MigrationAdapterFactory } from "./migration-adapter.ts";

export type SchemaEngine = SchemaEngineBindings.SchemaEngine;

const require = createRequire(import.meta.url);

let bindingsPromise: Promise<typeof SchemaEngineBindings> | undefined;

async function loadBindings(): Promise<typeof SchemaEngineBindings> {
  // Without a registry, an engine panic surfaces only as a TypeError about
  // `set_message`; with it, the panic message is kept and reported.
  const globals = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(m: string): void } };
  globals.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message(message: string) {
      lastPanicMessage = message;
    },
  };
  const base = `${dirname(require.resolve("@prisma/schema-engine-wasm"))}/`;
  const bindings = (await import(`${base}schema_engine_bg.js`)) as typeof SchemaEngineBindings & {
    __wbg_set_wasm(exports: WebAssembly.Exports): void;
  };
  const bytes = await readFile(`${base}schema_engine_bg.wasm`);
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings;
}

let lastPanicMessage: string | undefined;

/** Adds the engine's panic message, if any, to an engine error. */
export function describeEngineError(error: unknown): string {
  const base = error instanceof Error ? error.message : String(error);
  return lastPanicMessage ? `${base} (engine panic: ${lastPanicMessage})` : base;
}

export async function openSchemaEngine(
  connectionString: string,
  schemaPath: string,
): Promise<SchemaEngine> {
  bindingsPromise ??= loadBindings();
  const bindings = await bindingsPromise;
  const schema = await readFile(schemaPath, "utf8");
  const adapter = bindMigrationAwareSqlAdapterFactory(
    new MigrationAdapterFactory(connectionString),
  );
  const log = (message: string) => {
    if (process.env.STEELMAN_MIGRATION_DEBUG) console.error("[schema-engine]", message);
  };
  return bindings.SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, log, adapter);
}
