// Closing a proposal when several things happen at once: two scheduler
// instances reaching the same deadline close it exactly once, and a
// facilitator closing while ballots are still arriving closes it, keeping a
// tally of exactly the ballots that got in before the close.
import { describe, expect, it } from "vitest";
import { closeExpiredProposals } from "../services/proposals/proposal-writes.ts";
import { expectTrpcError } from "../test/assertions.ts";
import { createDebateTeam, openDebate } from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";
import {
  addManyPeople,
  countEvents,
  inMinutes,
  listEntry,
  openProposal,
} from "../test/proposal-fixtures.ts";

async function arrange() {
  const team = await createDebateTeam();
  const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
  return { ...team, debateId };
}

const agree = { method: "consent", choice: "agree" } as const;

describe("closing at the deadline", () => {
  it("closes an expired proposal exactly once when two schedulers run at once", async () => {
    const f = await arrange();
    const db = testPrisma();
    const made = await openProposal(f.facilitator.caller, f.debateId, { method: "consent" });
    await f.member.caller.proposal.vote({
      debateId: f.debateId,
      proposalId: made.id,
      ballot: agree,
    });
    // Earlier runs leave proposals whose minute has passed: close them first,
    // so this one is not left beyond a scheduler's batch.
    while ((await closeExpiredProposals(db)) > 0);
    await db.proposal.update({ where: { id: made.id }, data: { closesAt: inMinutes(-1) } });
    await expectTrpcError(
      f.owner.caller.proposal.vote({
        debateId: f.debateId,
        proposalId: made.id,
        ballot: agree,
      }),
      "CONFLICT",
      /closed/,
    );

    const [first, second] = await Promise.all([
      closeExpiredProposals(db),
      closeExpiredProposals(db),
    ]);
    expect(first + second).toBeGreaterThanOrEqual(1);
    const events = await db.event.findMany({
      where: { subjectId: made.id, type: "proposal.closed" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: null,
      data: { reason: "deadline", outcome: "consented" },
    });
    const row = await db.proposal.findUniqueOrThrow({ where: { id: made.id } });
    expect(row.closedAt).toBeInstanceOf(Date);
    expect(row.result).toMatchObject({ method: "consent", ballots: 1, outcome: "consented" });

    await closeExpiredProposals(db);
    expect(await countEvents(made.id, "proposal.closed")).toBe(1);
    expect(await db.proposal.findUniqueOrThrow({ where: { id: made.id } })).toEqual(row);
    const entry = await listEntry(f.member.caller, f.debateId, made.id);
    expect(entry).toMatchObject({ status: "closed", tally: row.result });
  });
});

describe("closing early while ballots arrive", () => {
  it("closes, counting exactly the ballots stored before the close", async () => {
    const f = await arrange();
    const made = await openProposal(f.facilitator.caller, f.debateId, { method: "consent" });
    const voters = await addManyPeople(f.workspace.id, 40);
    const ballot = (i: number) =>
      voters[i]!.caller.proposal.vote({ debateId: f.debateId, proposalId: made.id, ballot: agree });
    const results = await Promise.allSettled([
      ...voters.slice(0, 20).map((_, i) => ballot(i)),
      f.facilitator.caller.proposal.close({ debateId: f.debateId, proposalId: made.id }),
      ...voters.slice(20).map((_, i) => ballot(20 + i)),
    ]);
    const close = results[20]!;
    expect(close.status === "rejected" ? String(close.reason) : "closed").toBe("closed");
    const refused = results.filter((r) => r.status === "rejected");
    for (const r of refused) expect(String(r.reason)).toMatch(/closed/);

    const row = await testPrisma().proposal.findUniqueOrThrow({ where: { id: made.id } });
    expect(row.closedAt).toBeInstanceOf(Date);
    const stored = await testPrisma().ballot.count({ where: { proposalId: made.id } });
    expect(stored).toBe(40 - refused.length);
    expect(row.result).toMatchObject({ ballots: stored, counts: { agree: stored } });
    expect(await countEvents(made.id, "proposal.closed")).toBe(1);
  }, 60_000);
});
