// Scheduler passes that announce something once when its time comes (a
// review date, a proposal closing within a day). Every API instance runs
// them; the due rows are claimed with FOR UPDATE SKIP LOCKED and stamped in
// the transaction that records their events, so each is announced exactly
// once however many instances race.
import type { Prisma, PrismaClient } from "../../db.ts";
import { type EventInput, recordEvent } from "./record-event.ts";

export const DUE_BATCH = 50;

export type DueOnce<Row extends { id: string }> = {
  /** Claims up to DUE_BATCH due rows (must lock them FOR UPDATE SKIP LOCKED). */
  claimDue: (tx: Prisma.TransactionClient) => Promise<Row[]>;
  eventFor: (row: Row) => EventInput;
  /** Stamps the rows so no later pass claims them again. */
  markAnnounced: (tx: Prisma.TransactionClient, ids: string[]) => Promise<unknown>;
};

/** One pass; returns how many rows were announced. */
export async function recordDueOnce<Row extends { id: string }>(
  prisma: PrismaClient,
  pass: DueOnce<Row>,
): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const due = await pass.claimDue(tx);
    for (const row of due) await recordEvent(tx, pass.eventFor(row));
    if (due.length > 0)
      await pass.markAnnounced(
        tx,
        due.map((row) => row.id),
      );
    return due.length;
  });
}
