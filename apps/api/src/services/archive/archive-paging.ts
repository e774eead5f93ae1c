// Paged reads for the archive export: one page of rows in memory at a time.
import type { Prisma } from "../../db.ts";
import type { ArchiveJson } from "../../domain/archive/archive-format.ts";
export const ARCHIVE_PAGE = 500;

/** Reads rows page by page after a cursor until a short page. */
export async function* paged<T, C>(
  fetch: (after: C | undefined) => Promise<T[]>,
  cursorOf: (row: T) => C,
): AsyncGenerator<T> {
  let after: C | undefined;
  for (;;) {
    const rows = await fetch(after);
    yield* rows;
    const last = rows.at(-1);
    if (rows.length < ARCHIVE_PAGE || last === undefined) return;
    after = cursorOf(last);
  }
}

export const iso = (d: Date) => d.toISOString();
export const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

/** A stored JSON column is JSON by construction; only the two libraries' types differ. */
export const asJson = (value: Prisma.JsonValue): ArchiveJson => value as ArchiveJson;
