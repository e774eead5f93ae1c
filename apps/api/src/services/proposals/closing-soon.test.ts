import { createPrismaClient } from "@steelman/db";
import { afterAll, describe, expect, inject, it } from "vitest";
import type { PrismaClient } from "../../db.ts";
import { createDebateTeam, openDebate } from "../../test/debate-fixtures.ts";
import { testPrisma } from "../../test/harness.ts";
import { countEvents, inMinutes, openProposal } from "../../test/proposal-fixtures.ts";
import { fanOutWorkspace } from "../notifications/fan-out.ts";
import { announceClosingProposals } from "./closing-soon.ts";

// A second client stands for a second API instance with its own pool.
const otherInstance = createPrismaClient(inject("databaseUrl"), { poolSize: 5 });
afterAll(() => otherInstance.$disconnect());

async function drain(db: PrismaClient) {
  while ((await announceClosingProposals(db)) > 0);
}

async function arrange() {
  const team = await createDebateTeam();
  const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
  return { team, debateId };
}

describe("proposal closes within 24 hours", () => {
  it("tells the members once, even with two instances racing", async () => {
    const { team, debateId } = await arrange();
    const made = [];
    for (let i = 0; i < 6; i += 1) {
      const proposal = await openProposal(team.facilitator.caller, debateId, {
        method: "consent",
        closesAt: inMinutes(12 * 60),
      });
      // Opened three days ago: a long vote, now in its last day.
      await testPrisma().proposal.update({
        where: { id: proposal.id },
        data: { createdAt: inMinutes(-3 * 24 * 60) },
      });
      made.push(proposal);
    }
    await Promise.all([testPrisma(), otherInstance, testPrisma(), otherInstance].map(drain));
    for (const proposal of made)
      expect(await countEvents(proposal.id, "proposal.closing_soon")).toBe(1);

    await fanOutWorkspace(testPrisma(), team.workspace.id);
    const told = await testPrisma().notification.findMany({
      where: { concernsId: made[0]!.id, kind: "proposal_closing_soon" },
      select: { recipientId: true },
    });
    expect(new Set(told.map((n) => n.recipientId))).toEqual(
      new Set([team.owner, team.facilitator, team.member, team.observer].map((p) => p.user.id)),
    );
  });

  it("says nothing of a vote shorter than a day, or one already closed", async () => {
    const { team, debateId } = await arrange();
    const short = await openProposal(team.facilitator.caller, debateId, {
      method: "consent",
      closesAt: inMinutes(12 * 60),
    });
    const closed = await openProposal(team.facilitator.caller, debateId, {
      method: "consent",
      closesAt: inMinutes(12 * 60),
    });
    await testPrisma().proposal.update({
      where: { id: closed.id },
      data: { createdAt: inMinutes(-3 * 24 * 60) },
    });
    await team.facilitator.caller.proposal.close({ debateId, proposalId: closed.id });
    await drain(testPrisma());
    expect(await countEvents(short.id, "proposal.closing_soon")).toBe(0);
    expect(await countEvents(closed.id, "proposal.closing_soon")).toBe(0);
  });
});
