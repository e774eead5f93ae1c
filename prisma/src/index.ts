export * from "../generated/prisma/client.ts";
export { createPrismaClient, poolOf, preparesStatements } from "./client.ts";
export { type DatabaseHandle, openDatabase } from "./database.ts";
export { applyMigrations, createMigration, readMigrationStatus } from "./migrations/migrate.ts";
export { DEMO_PASSWORD, DEMO_USERS, DEMO_WORKSPACE } from "./seed/demo-users.ts";
export { ESSAY_CLAIMS, ESSAY_DEBATE } from "./seed/essay-debate.ts";
export { type SeedResult, seedDemoData } from "./seed/seed-demo.ts";
export { seedEssayDebate } from "./seed/seed-essay-debate.ts";
