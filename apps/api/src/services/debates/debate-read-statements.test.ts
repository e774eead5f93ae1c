// debate.get's live read in three statements after the session lookup (the
// access check with the header and latest event, the claims, the rest), on
// the client's pool directly; and the graph it reads is the one every other
// whole-debate reader gets, through the pool or through Prisma.
import { poolOf } from "@steelman/db";
import { describe, expect, it, vi } from "vitest";
import { debateWithEverything } from "../../test/debate-fixtures.ts";
import { testPrisma } from "../../test/harness.ts";
import { requireDebateAccess } from "./debate-access.ts";
import { requireDebateReadAccess } from "./debate-read-access.ts";
import { loadDebateRows } from "./debate-rows.ts";
import { latestDebateEventId, loadDebateGraph, readDebate } from "./read-debate.ts";

describe("debate.get's statements", () => {
  it("reads a live debate in three statements, with the latest event and header in the first", async () => {
    const { team, debateId } = await debateWithEverything();
    const db = testPrisma();
    const pool = poolOf(db);
    if (!pool) throw new Error("the test client has a pool");
    const query = vi.spyOn(pool, "query");
    try {
      const access = await requireDebateReadAccess(
        db,
        team.member.user.id,
        debateId,
        "observer",
        "read",
      );
      expect(access.head.lastEventId).toBe(await latestDebateEventId(db, debateId));
      query.mockClear();
      const read = await readDebate(db, access);
      expect(query).toHaveBeenCalledTimes(2);
      expect(read.lastEventId).toBe(access.head.lastEventId);
      expect(read.debate.question).toBe(access.head.debate.question);
    } finally {
      query.mockRestore();
    }
  });

  it("reads the same rows as the separate reads, through the pool or through Prisma", async () => {
    const { team, debateId, position } = await debateWithEverything();
    const db = testPrisma();
    const access = await requireDebateAccess(db, team.member.user.id, debateId, "observer", "read");
    const rows = await loadDebateRows(db, debateId, null);
    expect(rows.graph).toEqual(await loadDebateGraph(db, debateId));
    expect(rows.graph.resolutions).toHaveLength(1);
    expect(rows.graph.links).toHaveLength(1);
    expect(rows.votes).toEqual([
      expect.objectContaining({ userId: team.member.user.id, agreement: "agree", impact: 2 }),
    ]);
    expect(rows.revisionCounts.get(position.id)).toBe(2);
    // Inside a transaction the statements go through Prisma's $queryRaw: the same rows.
    const throughPrisma = await db.$transaction((tx) => loadDebateRows(tx, debateId, null));
    expect(throughPrisma).toEqual(rows);
    const { serverNow: _a, ...direct } = await readDebate(db, access);
    const { serverNow: _b, ...inTx } = await db.$transaction((tx) => readDebate(tx, access));
    expect(inTx).toEqual(direct);
  });
});
