export * from "../generated/prisma/client.ts";
export { createPrismaClient } from "./client.ts";
export { type DatabaseHandle, openDatabase } from "./database.ts";
export { applyMigrations, createMigration, readMigrationStatus } from "./migrations/migrate.ts";
