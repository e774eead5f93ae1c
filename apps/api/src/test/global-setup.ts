// Integration tests run against a real PostgreSQL: DATABASE_URL when set,
// otherwise the embedded cluster with its own database, steelman_test.
// Each test makes its own users and workspaces, so nothing is cleaned.
import { applyMigrations, type DatabaseHandle, openDatabase } from "@steelman/db";
import type { TestProject } from "vitest/node";

let database: DatabaseHandle | undefined;

export async function setup(project: TestProject): Promise<void> {
  database = await openDatabase({ databaseName: "steelman_test" });
  await applyMigrations(database.url);
  project.provide("databaseUrl", database.url);
}

export async function teardown(): Promise<void> {
  await database?.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
