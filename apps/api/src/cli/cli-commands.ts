// The operator's commands. Each returns the text to print; the entry point
// (steelman-cli.ts) deals with the database and the process.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { PrismaClient } from "../db.ts";
import { DomainError } from "../domain/domain-error.ts";
import {
  buildDebateDocument,
  exportDebateApx,
  operatorExportPerson,
} from "../services/interop/export-debate.ts";
import { importDebateArgdown, importDebateJson } from "../services/interop/import-debate.ts";

/** `export <debate-id> [--format json|apx]`: operators see authors unless the debate is anonymous. */
export async function exportCommand(
  prisma: PrismaClient,
  debateId: string,
  format: string,
): Promise<string> {
  const debate = await prisma.debate.findUnique({
    where: { id: debateId },
    select: { anonymous: true },
  });
  if (!debate) throw new DomainError("NOT_FOUND", `No debate with id ${debateId}.`);
  if (format === "apx") return exportDebateApx(prisma, debateId);
  if (format !== "json")
    throw new DomainError("BAD_REQUEST", `Unknown format "${format}": use json or apx.`);
  return JSON.stringify(
    await buildDebateDocument(prisma, debateId, operatorExportPerson(debate.anonymous)),
    null,
    2,
  );
}

/**
 * `import <file.json|file.argdown> --workspace <slug>` (an `.argdown`/`.ad` file,
 * or `import-argdown`, reads Argdown): imported on behalf of the workspace's first owner.
 */
export async function importCommand(
  prisma: PrismaClient,
  path: string,
  slug: string,
  format: "json" | "argdown" = /\.(argdown|ad)$/i.test(path) ? "argdown" : "json",
): Promise<string> {
  const owner = await prisma.membership.findFirst({
    where: { workspace: { slug }, role: "owner" },
    orderBy: { createdAt: "asc" },
    select: { userId: true, workspaceId: true },
  });
  if (!owner) throw new DomainError("NOT_FOUND", `No workspace "${slug}" (or it has no owner).`);
  const target = { workspaceId: owner.workspaceId, userId: owner.userId };
  const text = await readFile(path, "utf8");
  let result: { debateId: string; claimCount: number };
  if (format === "argdown") {
    result = await importDebateArgdown(prisma, target, text, basename(path));
  } else {
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch (error) {
      throw new DomainError(
        "BAD_REQUEST",
        `${path} is not valid JSON: ${(error as Error).message}`,
      );
    }
    result = await importDebateJson(prisma, target, document, basename(path));
  }
  return `Imported ${result.claimCount} claims as debate ${result.debateId} in workspace "${slug}".`;
}
