// A consent block that names an existing objection follows the rules of
// linking claims (only its author or a facilitator may attach it; a locked
// thread takes nothing new; the phase decides who may post), and proposals
// follow the phase's posting rules.
import { describe, expect, it } from "vitest";
import { expectTrpcError } from "../test/assertions.ts";
import { addPerson, createDebateTeam, openDebate, post } from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";
import { openProposal } from "../test/proposal-fixtures.ts";

const block = (existingObjectionId: string | null) =>
  ({ method: "consent", choice: "block", reason: "Not like this", existingObjectionId }) as const;

describe("a block naming an existing objection", () => {
  it("may name only one's own objection, unless a facilitator", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const position = await post(team.member.caller, debateId, "position", null, "Keep it");
    const mine = await post(team.member.caller, debateId, "objection", position.id, "Too soon");
    const proposal = await openProposal(team.facilitator.caller, debateId, { method: "consent" });
    const other = await addPerson(team.workspace.id, "member", "other");
    await expectTrpcError(
      other.caller.proposal.vote({ debateId, proposalId: proposal.id, ballot: block(mine.id) }),
      "FORBIDDEN",
      "Only the author or a facilitator can link this claim.",
    );
    expect(await testPrisma().claimLink.count({ where: { fromId: mine.id } })).toBe(0);
    expect(await testPrisma().ballot.count({ where: { proposalId: proposal.id } })).toBe(0);
    const own = await team.member.caller.proposal.vote({
      debateId,
      proposalId: proposal.id,
      ballot: block(mine.id),
    });
    expect(own.objectionId).toBe(mine.id);
  });

  it("is refused when the proposal's thread is locked, new objection or existing", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const position = await post(team.member.caller, debateId, "position", null, "Keep it");
    const mine = await post(team.member.caller, debateId, "objection", position.id, "Too soon");
    const proposal = await openProposal(team.facilitator.caller, debateId, { method: "consent" });
    await team.facilitator.caller.workshop.lockThread({ claimId: proposal.claimId });
    for (const existing of [mine.id, null]) {
      await expectTrpcError(
        team.member.caller.proposal.vote({
          debateId,
          proposalId: proposal.id,
          ballot: block(existing),
        }),
        "CONFLICT",
        "This thread is locked by a facilitator: it takes no new replies.",
      );
    }
    expect(await testPrisma().ballot.count({ where: { proposalId: proposal.id } })).toBe(0);
  });

  it("follows the phase: in draft only facilitators post, so a member cannot block", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const proposal = await openProposal(team.facilitator.caller, debateId, { method: "consent" });
    await team.facilitator.caller.workshop.setPhase({ debateId, phase: "draft" });
    await expectTrpcError(
      team.member.caller.proposal.vote({ debateId, proposalId: proposal.id, ballot: block(null) }),
      "CONFLICT",
      /still in draft/,
    );
  });
});

describe("proposals follow the phase's posting rules", () => {
  it("in draft, only facilitators put proposals, even where members may propose", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    await team.facilitator.caller.debate.update({ debateId, membersMayPropose: true });
    await team.facilitator.caller.workshop.setPhase({ debateId, phase: "draft" });
    await expectTrpcError(
      openProposal(team.member.caller, debateId, { method: "consent" }),
      "CONFLICT",
      /still in draft/,
    );
    expect(await testPrisma().proposal.count({ where: { debateId } })).toBe(0);
    await openProposal(team.facilitator.caller, debateId, { method: "consent" });
  });
});
