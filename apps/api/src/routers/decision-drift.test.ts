// Drift: a decision rests on positions; when one of them stops standing the
// decision is flagged "contested" (in decision.get and the log), and it is
// active again once the objection that toppled it is itself answered.
import { describe, expect, it } from "vitest";
import { createDebateTeam, openDebate, post } from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";

/** A decision resting on #1 "Hire two engineers" (member), with no open objection. */
async function arrange() {
  const team = await createDebateTeam();
  const f = team.facilitator.caller;
  const debateId = await openDebate(f, team.workspace.id);
  const premise = await post(team.member.caller, debateId, "position", null, "Hire two engineers");
  const { id } = await f.decision.record({
    debateId,
    outcome: "We hire two engineers this quarter",
    premiseClaimIds: [premise.id],
    ownerId: team.owner.user.id,
  });
  const read = () => team.member.caller.decision.get({ decisionId: id });
  const logged = async (status: "active" | "contested") =>
    (await team.member.caller.decision.log({ workspaceId: team.workspace.id, status })).map(
      (d) => d.id,
    );
  return { ...team, debateId, premiseId: premise.id, decisionId: id, read, logged };
}

describe("drift", () => {
  it("flags a decision contested while a premise is answered, and clears it when rebutted", async () => {
    const f = await arrange();
    expect(await f.read()).toMatchObject({
      status: "active",
      premiseContested: false,
      premises: [{ number: 1, labelAtDecision: "in", labelNow: "in" }],
    });
    expect(await f.logged("active")).toEqual([f.decisionId]);
    expect(await f.logged("contested")).toEqual([]);

    const objection = await post(
      f.owner.caller,
      f.debateId,
      "objection",
      f.premiseId,
      "The budget covers one",
    );
    expect(await f.read()).toMatchObject({
      status: "contested",
      premiseContested: true,
      premises: [{ labelAtDecision: "in", labelNow: "out" }],
    });
    expect(await f.logged("contested")).toEqual([f.decisionId]);
    expect(await f.logged("active")).toEqual([]);
    const log = await f.member.caller.decision.log({ workspaceId: f.workspace.id });
    expect(log).toEqual([expect.objectContaining({ premiseContested: true, status: "contested" })]);
    const { markdown } = await f.member.caller.decision.markdown({ decisionId: f.decisionId });
    expect(markdown).toContain("- #1 Hire two engineers (stood when decided; now challenged)");

    await post(f.member.caller, f.debateId, "objection", objection.id, "The new budget covers two");
    expect(await f.read()).toMatchObject({
      status: "active",
      premiseContested: false,
      premises: [{ labelNow: "in" }],
    });
    expect(await f.logged("active")).toEqual([f.decisionId]);
    expect(await f.logged("contested")).toEqual([]);
  });

  it("flags a decision contested when its premise is withdrawn", async () => {
    const f = await arrange();
    await f.member.caller.claim.withdraw({ claimId: f.premiseId });
    expect(await f.read()).toMatchObject({
      status: "contested",
      premises: [{ labelAtDecision: "in", labelNow: null }],
    });
  });

  it("rests on a premise once, however often it is listed", async () => {
    const f = await arrange();
    const { id } = await f.facilitator.caller.decision.record({
      debateId: f.debateId,
      outcome: "Same again",
      premiseClaimIds: [f.premiseId, f.premiseId],
      ownerId: f.owner.user.id,
    });
    const premises = await testPrisma().decisionPremise.findMany({ where: { decisionId: id } });
    expect(premises).toEqual([
      {
        decisionId: id,
        claimId: f.premiseId,
        labelAtDecision: "in",
        textAtDecision: expect.any(String),
      },
    ]);
  });
});
