// Old id → new id for an import, kept in a temporary table of the import's
// own transaction (dropped at commit or rollback) rather than in memory: a
// workspace of 100,000 claims has about a million rows, and the event log at
// the end of the archive may name any of them. Each batch looks up only the
// ids it uses.
import type { Prisma } from "../../db.ts";
import { isUuid } from "../../domain/uuid-shape.ts";

export class ArchiveIdMap {
  private constructor(
    private readonly tx: Prisma.TransactionClient,
    private readonly newId: () => string,
  ) {}

  static async create(tx: Prisma.TransactionClient, newId: () => string): Promise<ArchiveIdMap> {
    await tx.$executeRaw`CREATE TEMP TABLE archive_id_map (old_id text PRIMARY KEY, new_id uuid NOT NULL) ON COMMIT DROP`;
    return new ArchiveIdMap(tx, newId);
  }

  /**
   * New ids for `rowIds` (ids never seen get the next new id, in the order
   * given) and for those of `mentions` that were seen before (text in free
   * JSON that may or may not be an id).
   */
  async resolve(
    rowIds: Iterable<string>,
    mentions: Iterable<string> = [],
  ): Promise<Map<string, string>> {
    const ordered = [...new Set(rowIds)];
    const wanted = [...new Set([...ordered, ...mentions])];
    const found =
      wanted.length === 0
        ? []
        : await this.tx.$queryRaw<{ old: string; new: string }[]>`
            SELECT old_id AS old, new_id::text AS new FROM archive_id_map WHERE old_id = ANY(${wanted}::text[])`;
    const ids = new Map(found.map((row) => [row.old, row.new]));
    const added: string[] = [];
    for (const old of ordered) {
      if (ids.has(old)) continue;
      ids.set(old, this.newId());
      added.push(old);
    }
    if (added.length > 0) {
      const news = added.map((old) => ids.get(old));
      await this.tx.$executeRaw`
        INSERT INTO archive_id_map (old_id, new_id)
        SELECT * FROM unnest(${added}::text[], ${news}::uuid[])`;
    }
    return ids;
  }
}

/** Every UUID-shaped string inside free JSON: the candidates for remapping. */
export function collectUuidStrings(value: unknown, into: Set<string>): void {
  if (typeof value === "string") {
    if (isUuid(value)) into.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collectUuidStrings(item, into);
  } else if (value !== null && typeof value === "object") {
    for (const item of Object.values(value)) collectUuidStrings(item, into);
  }
}
