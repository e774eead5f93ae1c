// Many people posting into one debate at the same moment: every post gets
// its own number with no gap, one revision and one event, and the events
// of the workspace come in the order of their ids.
import { describe, expect, it } from "vitest";
import { createDebateTeam, openDebate, post } from "../../test/debate-fixtures.ts";
import { testPrisma } from "../../test/harness.ts";

describe("posting claims at the same moment", () => {
  it("numbers them 1..n without gaps, each with one revision and one claim.posted event", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const posted = await Promise.all(
      Array.from({ length: 16 }, (_, k) =>
        post(k % 2 ? team.member.caller : team.owner.caller, debateId, "position", null),
      ),
    );
    expect(posted.map((claim) => claim.number).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 16 }, (_, k) => k + 1),
    );
    const prisma = testPrisma();
    const debate = await prisma.debate.findUniqueOrThrow({ where: { id: debateId } });
    expect(debate.claimCount).toBe(16);
    const revisions = await prisma.claimRevision.findMany({ where: { debateId } });
    expect(revisions.map((r) => r.revision)).toEqual(Array(16).fill(1));
    const events = await prisma.event.findMany({
      where: { debateId, type: "claim.posted" },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => e.subjectId).sort()).toEqual(posted.map((c) => c.id).sort());
    // Under the workspace's event lock, a later event is a later claim.
    const numbers = events.map((e) => (e.data as { number: number }).number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(events[0]!.data).toMatchObject({ kind: "position", targetId: null });
  });
});
