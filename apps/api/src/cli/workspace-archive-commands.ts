// `workspace export <slug> --out <file>` and `workspace import <file> --slug <new-slug>`.
import { rename, rm } from "node:fs/promises";
import type { PrismaClient } from "../db.ts";
import { DomainError } from "../domain/domain-error.ts";
import { archiveFileLines, openArchiveFile } from "../services/archive/archive-files.ts";
import { exportWorkspaceArchive } from "../services/archive/export-workspace.ts";
import { importWorkspaceArchive } from "../services/archive/import-workspace.ts";

/** Writes `<out>.partial` and renames it at the end: a failed export leaves no file that looks whole. */
export async function workspaceExportCommand(prisma: PrismaClient, slug: string, out: string) {
  const partial = `${out}.partial`;
  const file = openArchiveFile(partial);
  try {
    const { lines } = await exportWorkspaceArchive(prisma, slug, file.sink);
    await file.close();
    await rename(partial, out);
    return `Wrote workspace "${slug}" to ${out} (${lines + 1} lines).`;
  } catch (error) {
    await file.close();
    await rm(partial, { force: true });
    throw error;
  }
}

export async function workspaceImportCommand(prisma: PrismaClient, path: string, slug: string) {
  const imported = await importWorkspaceArchive(prisma, archiveFileLines(path), { slug });
  return `Created workspace "${imported.slug}" (${imported.name}) from ${path}. Imported members have no password yet: each sets one with "Forgot password" or a new invitation (see README, "Backup and restore").`;
}

export function workspaceUsage(): never {
  throw new DomainError(
    "BAD_REQUEST",
    "Usage: workspace export <slug> --out <file> | workspace import <file> --slug <new-slug>",
  );
}
