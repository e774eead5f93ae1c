// The record cannot change after the fact: a decision keeps the text of its
// premises and of its proposal as they were when it was recorded, and a
// proposal's words are frozen once the first ballot is cast.
import { describe, expect, it } from "vitest";
import { expectTrpcError } from "../test/assertions.ts";
import { createDebateTeam, openDebate, post } from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";
import { openProposal } from "../test/proposal-fixtures.ts";

async function arrange() {
  const team = await createDebateTeam();
  const f = team.facilitator.caller;
  const debateId = await openDebate(f, team.workspace.id);
  const premise = await post(team.member.caller, debateId, "position", null, "Fridays are quiet");
  const proposal = await openProposal(f, debateId, {
    method: "consent",
    title: "Open on Fridays",
    description: "From March",
  });
  await f.proposal.close({ debateId, proposalId: proposal.id });
  const decision = await f.decision.record({
    debateId,
    outcome: "We open on Fridays",
    proposalId: proposal.id,
    premiseClaimIds: [premise.id],
    ownerId: team.member.user.id,
  });
  return { ...team, debateId, premise, proposal, decisionId: decision.id };
}

describe("a decision's premises and proposal", () => {
  it("keep the text they had when the decision was recorded", async () => {
    const t = await arrange();
    const read = await t.observer.caller.decision.get({ decisionId: t.decisionId });
    expect(read.premises[0]).toMatchObject({
      textAtDecision: "Fridays are quiet",
      textNow: "Fridays are quiet",
      changedSinceDecision: false,
    });
    expect(read.proposalAtDecision).toEqual({
      title: "Open on Fridays",
      text: "Open on Fridays\n\nFrom March",
    });
  });

  it("show a later edit as changed since the decision, with both texts", async () => {
    const t = await arrange();
    await t.member.caller.claim.edit({ claimId: t.premise.id, body: "Fridays are busy now" });
    const read = await t.observer.caller.decision.get({ decisionId: t.decisionId });
    expect(read.premises[0]).toMatchObject({
      textAtDecision: "Fridays are quiet",
      textNow: "Fridays are busy now",
      changedSinceDecision: true,
    });
  });

  it("show a later hide as changed, without the hidden text for participants", async () => {
    const t = await arrange();
    await t.facilitator.caller.claim.hide({ claimId: t.premise.id });
    const read = await t.observer.caller.decision.get({ decisionId: t.decisionId });
    expect(read.premises[0]).toMatchObject({
      textAtDecision: "Fridays are quiet",
      textNow: null,
      moderationNow: "hidden",
      changedSinceDecision: true,
    });
  });
});

describe("a proposal with ballots", () => {
  it("can no longer have its words edited", async () => {
    const team = await createDebateTeam();
    const f = team.facilitator.caller;
    const debateId = await openDebate(f, team.workspace.id);
    const proposal = await openProposal(f, debateId, { method: "consent", title: "Open late" });
    await f.claim.edit({ claimId: proposal.claimId, body: "Open late on Thursdays" });
    await team.member.caller.proposal.vote({
      debateId,
      proposalId: proposal.id,
      ballot: { method: "consent", choice: "agree" },
    });
    await expectTrpcError(
      f.claim.edit({ claimId: proposal.claimId, body: "Open late every day" }),
      "CONFLICT",
      "People have voted on this proposal, so its words can no longer change.",
    );
    const claim = await testPrisma().claim.findUniqueOrThrow({ where: { id: proposal.claimId } });
    expect(claim.body).toBe("Open late on Thursdays");
  });
});
