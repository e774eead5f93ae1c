import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The prisma/ folder of the project. */
export const prismaDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const projectRoot = resolve(prismaDir, "..");
export const schemaPath = join(prismaDir, "schema.prisma");
export const migrationsDir = join(prismaDir, "migrations");
