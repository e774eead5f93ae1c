import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// This file runs from src/ (TypeScript) or from dist/src/ (the compiled
// build): the package folder is the nearest one holding schema.prisma.
function findPrismaDir(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, "schema.prisma"))) return dir;
  }
  throw new Error(`No schema.prisma above ${from}: the @steelman/db package is incomplete.`);
}

/** The prisma/ folder of the project. */
export const prismaDir = findPrismaDir(dirname(fileURLToPath(import.meta.url)));
export const projectRoot = resolve(prismaDir, "..");
export const schemaPath = join(prismaDir, "schema.prisma");
export const migrationsDir = join(prismaDir, "migrations");
