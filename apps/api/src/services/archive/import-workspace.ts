// Creates a workspace from an archive: checks the whole file first, then
// writes it in one transaction (an import that fails midway leaves nothing).
// Rows get new ids; people are matched by email or created without a
// password (they choose one through a password reset or an invitation).
import type { PrismaClient } from "../../db.ts";
import { isUniqueViolation } from "../../db-errors.ts";
import { monotonicUuid7 } from "../../domain/archive/archive-ids.ts";
import { readArchiveRecord } from "../../domain/archive/read-archive-line.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { slugify } from "../../domain/slug.ts";
import { recordEvent } from "../events/record-event.ts";
import { ArchiveWriter } from "./archive-writer.ts";
import { type ArchiveLines, checkArchive } from "./check-archive.ts";

export type ImportedWorkspace = { id: string; slug: string; name: string; lines: number };

export async function importWorkspaceArchive(
  prisma: PrismaClient,
  lines: ArchiveLines,
  input: { slug: string; importedById?: string | null },
): Promise<ImportedWorkspace> {
  const slug = input.slug.trim();
  if (slug === "" || slugify(slug) !== slug)
    throw new DomainError(
      "BAD_REQUEST",
      `"${input.slug}" is not a workspace address: use lower-case letters, digits and dashes.`,
    );
  const { header } = await checkArchive(lines);
  if (await prisma.workspace.findUnique({ where: { slug }, select: { id: true } }))
    throw new DomainError(
      "CONFLICT",
      `A workspace "${slug}" already exists; choose another address.`,
    );
  try {
    return await prisma.$transaction(
      async (tx) => {
        const workspace = await tx.workspace.create({
          data: {
            slug,
            name: header.workspace.name,
            createdAt: new Date(header.workspace.createdAt),
          },
          select: { id: true, slug: true, name: true },
        });
        const writer = await ArchiveWriter.open(tx, workspace.id, monotonicUuid7());
        let n = 0;
        for await (const text of lines()) {
          n++;
          if (n === 1 || text.trim() === "") continue;
          await writer.add(readArchiveRecord(text, n));
        }
        await writer.finish(input.importedById ?? null);
        const importedEventId = await recordEvent(tx, {
          workspaceId: workspace.id,
          actorId: input.importedById ?? null,
          type: "workspace.imported",
          subjectId: workspace.id,
          data: {
            fromSlug: header.workspace.slug,
            exportedAt: header.exportedAt,
            formatVersion: header.formatVersion,
          },
        });
        // The archive's events are the workspace's past, not news: the
        // notification fan-out starts after them (and after the import's own).
        await tx.notificationCursor.create({
          data: { workspaceId: workspace.id, lastEventId: importedEventId },
        });
        return { ...workspace, lines: n };
      },
      { timeout: 60 * 60_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (error instanceof DomainError) throw error;
    if (isUniqueViolation(error))
      throw new DomainError(
        "CONFLICT",
        `The archive could not be imported: it repeats a row that must be unique (nothing was imported).`,
      );
    throw error;
  }
}
