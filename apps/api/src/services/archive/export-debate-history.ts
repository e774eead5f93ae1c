// One debate's row history (what time travel reads, see the
// debate_row_history migration) as archive lines, oldest first. In an
// anonymous debate a vote's version names its stand-in voter, as the vote
// lines do, never the person.
import type { Db } from "../../db.ts";
import { type ArchiveRecord, HISTORY_TABLES } from "../../domain/archive/archive-format.ts";
import { ARCHIVE_PAGE, asJson, iso, paged } from "./archive-paging.ts";

type Emit = (record: ArchiveRecord) => Promise<void>;
type Voter = (userId: string) => Promise<string>;
type HistoryTable = (typeof HISTORY_TABLES)[number];

const isHistoryTable = (name: string): name is HistoryTable =>
  (HISTORY_TABLES as readonly string[]).includes(name);

export async function exportDebateHistory(
  db: Db,
  debateId: string,
  emit: Emit,
  voter: Voter,
): Promise<void> {
  const versions = paged(
    (after: bigint | undefined) =>
      db.debateRowHistory.findMany({
        where: { debateId, ...(after ? { id: { gt: after } } : {}) },
        orderBy: { id: "asc" },
        take: ARCHIVE_PAGE,
        select: { id: true, tableName: true, rowId: true, txid: true, recordedAt: true, row: true },
      }),
    (version) => version.id,
  );
  for await (const version of versions) {
    if (!isHistoryTable(version.tableName)) continue;
    let row = version.row === null ? null : asJson(version.row);
    if (
      version.tableName === "ClaimVote" &&
      row &&
      typeof row === "object" &&
      !Array.isArray(row)
    ) {
      const userId = row.userId;
      if (typeof userId === "string") row = { ...row, userId: await voter(userId) };
    }
    await emit({
      t: "history",
      debate: debateId,
      table: version.tableName,
      rowId: version.rowId,
      txid: version.txid === null ? null : version.txid.toString(),
      recordedAt: iso(version.recordedAt),
      row,
    });
  }
}
