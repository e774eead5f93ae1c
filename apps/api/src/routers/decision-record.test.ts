// Recording a decision: the form lists every objection open at that moment,
// saving needs a disposition for each (or stores nothing), and what is saved
// is a snapshot — objections as they read, premises with their labels, the
// proposal's kept tally. Amendments are new versions; supersede links both ways.
import { describe, expect, it } from "vitest";
import { expectTrpcError } from "../test/assertions.ts";
import { createDebateTeam, openDebate, post } from "../test/debate-fixtures.ts";
import { createTestUser, testPrisma } from "../test/harness.ts";
import { openProposal } from "../test/proposal-fixtures.ts";

/**
 * #1 position "Run the pilot in March" (member), #2 objection to #1 (open),
 * #3 position "Keep the current schedule" (owner), #4 objection to #3,
 * #5 rebuttal of #4 (so #3 stands), #6 the claim of a consent proposal, closed,
 * #7 objection to #1 (open).
 */
async function arrange() {
  const team = await createDebateTeam();
  const [o, f, m] = [team.owner.caller, team.facilitator.caller, team.member.caller];
  const debateId = await openDebate(f, team.workspace.id);
  const p1 = await post(m, debateId, "position", null, "Run the pilot in March");
  const o2 = await post(f, debateId, "objection", p1.id, "March is budget season");
  const p3 = await post(o, debateId, "position", null, "Keep the current schedule");
  const o4 = await post(m, debateId, "objection", p3.id, "It burns people out");
  const r5 = await post(f, debateId, "objection", o4.id, "Overtime fell last year");
  const proposal = await openProposal(f, debateId, { method: "consent", title: "Pilot in May" });
  for (const voter of [o, m]) {
    await voter.proposal.vote({
      debateId,
      proposalId: proposal.id,
      ballot: { method: "consent", choice: "agree" },
    });
  }
  await f.proposal.close({ debateId, proposalId: proposal.id });
  const o7 = await post(m, debateId, "objection", p1.id, "The team is on leave in March");
  const dispositions = [
    { claimId: o2.id, disposition: "accepted_risk" as const, note: "Finance agreed" },
    { claimId: o7.id, disposition: "will_monitor" as const },
  ];
  const base = { debateId, outcome: "Pilot in May", ownerId: team.member.user.id };
  return { ...team, debateId, ids: { p1, o2, p3, o4, r5, o7 }, proposal, dispositions, base };
}

const decisionsOf = (debateId: string) => testPrisma().decision.count({ where: { debateId } });

describe("decision.prepare", () => {
  it("lists the open objections, the premises that stand and the closed proposals", async () => {
    const f = await arrange();
    const form = await f.facilitator.caller.decision.prepare({ debateId: f.debateId });
    expect(form.openObjections).toEqual([
      {
        id: f.ids.o2.id,
        number: 2,
        kind: "objection",
        body: "March is budget season",
        status: "stands",
        parkReason: null,
        // No opinion groups in a room this small.
        groupSplit: null,
      },
      {
        id: f.ids.o7.id,
        number: 7,
        kind: "objection",
        body: "The team is on leave in March",
        status: "stands",
        parkReason: null,
        groupSplit: null,
      },
    ]);
    // #1 is challenged, the rebuttal #5 is no premise, and the proposal #6 is not a position.
    expect(form.candidatePremises.map((c) => c.number).sort()).toEqual([3]);
    expect(form.closedProposals).toEqual([
      expect.objectContaining({
        id: f.proposal.id,
        result: expect.objectContaining({ ballots: 2 }),
      }),
    ]);
    expect(form.possibleOwners.map((u) => u.id).sort()).toEqual(
      [f.owner, f.facilitator, f.member].map((p) => p.user.id).sort(),
    );
  });
});

describe("decision.record", () => {
  it("refuses to save until every open objection has a disposition, naming each", async () => {
    const f = await arrange();
    const events = await testPrisma().event.count({ where: { debateId: f.debateId } });
    await expectTrpcError(
      f.facilitator.caller.decision.record(f.base),
      "BAD_REQUEST",
      /^Objections #2, #7 are unanswered: give each a disposition/,
    );
    await expectTrpcError(
      f.facilitator.caller.decision.record({ ...f.base, dispositions: [f.dispositions[0]!] }),
      "BAD_REQUEST",
      /^Objection #7 is unanswered: give it a disposition/,
    );
    expect(await decisionsOf(f.debateId)).toBe(0);
    expect(await testPrisma().event.count({ where: { debateId: f.debateId } })).toBe(events);
  });

  it("refuses a disposition for an objection that is no longer open", async () => {
    const f = await arrange();
    const dispositions = [
      ...f.dispositions,
      { claimId: f.ids.o4.id, disposition: "out_of_scope" as const },
    ];
    await expectTrpcError(
      f.facilitator.caller.decision.record({ ...f.base, dispositions }),
      "CONFLICT",
      /^#4 is no longer an unanswered objection/,
    );
    expect(await decisionsOf(f.debateId)).toBe(0);
  });

  it("saves the snapshot: objections with dispositions, premises, and the kept tally", async () => {
    const f = await arrange();
    const { id } = await f.facilitator.caller.decision.record({
      ...f.base,
      rationale: "Two agreed, nobody blocked",
      proposalId: f.proposal.id,
      premiseClaimIds: [f.ids.p3.id],
      reviewBy: new Date("2031-03-01T00:00:00Z"),
      dispositions: f.dispositions,
    });
    const decision = await f.observer.caller.decision.get({ decisionId: id });
    const kept = await testPrisma().proposal.findUniqueOrThrow({ where: { id: f.proposal.id } });
    expect(decision).toMatchObject({
      version: 1,
      outcome: "Pilot in May",
      rationale: "Two agreed, nobody blocked",
      status: "active",
      premiseContested: false,
      owner: { id: f.member.user.id },
      recordedBy: { id: f.facilitator.user.id },
      proposal: { id: f.proposal.id, method: "consent" },
      tally: kept.result,
      objections: [
        {
          number: 2,
          body: "March is budget season",
          disposition: "accepted_risk",
          note: "Finance agreed",
        },
        {
          number: 7,
          body: "The team is on leave in March",
          disposition: "will_monitor",
          note: "",
        },
      ],
      premises: [{ claimId: f.ids.p3.id, number: 3, labelAtDecision: "in", labelNow: "in" }],
    });
    expect(decision.tally).toMatchObject({ outcome: "consented", ballots: 2 });
    // The snapshot keeps the words as they were when decided.
    await f.facilitator.caller.claim.edit({ claimId: f.ids.o2.id, body: "March is audit season" });
    expect((await f.member.caller.decision.get({ decisionId: id })).objections[0]?.body).toBe(
      "March is budget season",
    );
  });

  it("refuses to record from a proposal that is still open", async () => {
    const f = await arrange();
    const open = await openProposal(f.facilitator.caller, f.debateId, { method: "consent" });
    const dispositions = f.dispositions;
    await expectTrpcError(
      f.facilitator.caller.decision.record({ ...f.base, proposalId: open.id, dispositions }),
      "CONFLICT",
      "Close the proposal before recording a decision from it.",
    );
    expect(await decisionsOf(f.debateId)).toBe(0);
  });

  it("refuses a premise outside the debate and an owner outside the workspace", async () => {
    const f = await arrange();
    const other = await openDebate(f.facilitator.caller, f.workspace.id, { question: "Other?" });
    const foreign = await post(f.facilitator.caller, other, "position", null);
    const input = { ...f.base, dispositions: f.dispositions };
    await expectTrpcError(
      f.facilitator.caller.decision.record({ ...input, premiseClaimIds: [foreign.id] }),
      "BAD_REQUEST",
      "A decision can only rest on visible claims of this debate.",
    );
    const outsider = await createTestUser("outsider");
    await expectTrpcError(
      f.facilitator.caller.decision.record({ ...input, ownerId: outsider.id }),
      "BAD_REQUEST",
      "The decision's owner must be a member of this workspace.",
    );
    expect(await decisionsOf(f.debateId)).toBe(0);
  });
});

describe("amending and superseding", () => {
  it("amends as a new version and keeps the old one", async () => {
    const f = await arrange();
    const input = { ...f.base, dispositions: f.dispositions };
    const v1 = await f.facilitator.caller.decision.record(input);
    const v2 = await f.facilitator.caller.decision.record({
      ...input,
      outcome: "Pilot in May, two teams only",
      amendsDecisionId: v1.id,
    });
    expect(v2).toMatchObject({ seriesId: v1.seriesId, version: 2 });
    const latest = await f.member.caller.decision.get({ decisionId: v2.id });
    expect(latest.versions.map((v) => [v.version, v.id])).toEqual([
      [2, v2.id],
      [1, v1.id],
    ]);
    expect(latest.isLatestVersion).toBe(true);
    const old = await f.member.caller.decision.get({ decisionId: v1.id });
    expect(old).toMatchObject({ outcome: "Pilot in May", version: 1, isLatestVersion: false });
    const log = await f.member.caller.decision.log({ workspaceId: f.workspace.id });
    expect(log.map((d) => [d.id, d.version])).toEqual([[v2.id, 2]]);
    expect(
      await testPrisma().event.count({ where: { subjectId: v2.id, type: "decision.amended" } }),
    ).toBe(1);
  });

  it("links a superseding decision both ways and marks the old one superseded", async () => {
    const f = await arrange();
    const input = { ...f.base, dispositions: f.dispositions };
    const first = await f.facilitator.caller.decision.record(input);
    const second = await f.facilitator.caller.decision.record({
      ...input,
      outcome: "Pilot in June instead",
      supersedesDecisionId: first.id,
    });
    const old = await f.member.caller.decision.get({ decisionId: first.id });
    expect(old).toMatchObject({
      status: "superseded",
      supersededBy: { id: second.id },
      supersedes: null,
    });
    const replacement = await f.member.caller.decision.get({ decisionId: second.id });
    expect(replacement).toMatchObject({
      status: "active",
      supersedes: { id: first.id, outcome: "Pilot in May" },
      supersededBy: null,
    });
    await expectTrpcError(
      f.facilitator.caller.decision.record({
        ...input,
        amendsDecisionId: first.id,
        supersedesDecisionId: first.id,
      }),
      "BAD_REQUEST",
      "A decision cannot supersede itself; amend it instead.",
    );
  });
});
