// The numbers people watch, through the API (DESIGN.md, "Sides, and what
// unanswered counts"): rebuttals are answers and never counted, a rebutted
// rebuttal reopens its objection once, words follow the side, parking leaves
// a mark, and proposals are not positions.
import { describe, expect, it } from "vitest";
import { expectTrpcError } from "../test/assertions.ts";
import { createDebateTeam, openDebate, post, readDebate } from "../test/debate-fixtures.ts";

async function arrange() {
  const team = await createDebateTeam();
  const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
  const p = await post(team.member.caller, debateId, "position", null, "Adopt it");
  return { ...team, debateId, p };
}

describe("the worked example of DESIGN.md through debate.get", () => {
  it("counts 1, 0, 1, 0 along a rebuttal chain, then +1 for an objection to a support", async () => {
    const { member, facilitator, debateId, p } = await arrange();
    const count = async () => (await readDebate(member.caller, debateId)).counts.unanswered;
    const o = await post(member.caller, debateId, "objection", p.id, "It costs too much");
    expect(await count()).toBe(1);
    const r1 = await post(facilitator.caller, debateId, "objection", o.id, "Costs are covered");
    expect(await count()).toBe(0);
    const r2 = await post(member.caller, debateId, "objection", r1.id, "Only for a year");
    expect(await count()).toBe(1);

    const read = await readDebate(member.caller, debateId);
    const byId = new Map(read.claims.map((c) => [c.id, c]));
    expect(read.unansweredObjectionIds).toEqual([o.id]);
    expect(byId.get(o.id)).toMatchObject({
      role: "objection",
      side: "against",
      reopened: true,
      answerNextIds: [r2.id],
    });
    expect(byId.get(r1.id)).toMatchObject({
      role: "rebuttal",
      isRebuttal: true,
      status: "challenged",
    });
    expect(byId.get(r2.id)).toMatchObject({ role: "rebuttal", unanswered: false });
    // The position with a standing objection against it is challenged, never "answered".
    expect(byId.get(p.id)).toMatchObject({ status: "challenged", unansweredCount: 1 });

    await post(facilitator.caller, debateId, "objection", r2.id, "Renewed every year");
    expect(await count()).toBe(0);
    const s = await post(member.caller, debateId, "support", p.id, "Pilots worked");
    await post(facilitator.caller, debateId, "objection", s.id, "One pilot only");
    expect(await count()).toBe(1);
  });
});

describe("the gate before voting", () => {
  it("asks to park objections only, never rebuttals, and keeps each park as a mark", async () => {
    const { member, facilitator, debateId, p } = await arrange();
    const o = await post(member.caller, debateId, "objection", p.id, "Costs");
    const r1 = await post(facilitator.caller, debateId, "objection", o.id, "Covered");
    await post(member.caller, debateId, "objection", r1.id, "Not next year");
    // O reopened: the one open objection. The two rebuttals need no parking.
    await expectTrpcError(
      facilitator.caller.workshop.setPhase({ debateId, phase: "voting" }),
      "CONFLICT",
      `Voting cannot start while objections are unanswered (#${o.number}). Answer them, or park each one with a reason.`,
    );
    await facilitator.caller.workshop.setPhase({
      debateId,
      phase: "voting",
      parks: [{ claimId: o.id, reason: "Budget review in May" }],
    });

    const read = await readDebate(member.caller, debateId);
    const parked = read.claims.find((c) => c.id === o.id);
    expect(parked).toMatchObject({
      status: "parked",
      unanswered: true,
      park: { reason: "Budget review in May" },
    });
    // Parked is still open: it is counted, and named as parked.
    expect(read.counts).toMatchObject({ unanswered: 1, parked: 1 });
  });

  it("lets a facilitator unpark an objection, and only a facilitator", async () => {
    const { member, facilitator, debateId, p } = await arrange();
    const o = await post(member.caller, debateId, "objection", p.id, "Costs");
    await facilitator.caller.workshop.setPhase({
      debateId,
      phase: "voting",
      parks: [{ claimId: o.id, reason: "Later" }],
    });
    await expectTrpcError(
      member.caller.workshop.unparkObjection({ claimId: o.id }),
      "FORBIDDEN",
      /facilitator/,
    );
    await facilitator.caller.workshop.unparkObjection({ claimId: o.id });
    const read = await readDebate(member.caller, debateId);
    expect(read.claims.find((c) => c.id === o.id)).toMatchObject({ status: "stands", park: null });
    expect(read.counts.parked).toBe(0);
  });
});

describe("proposals are not positions", () => {
  it("keeps a proposal's claim out of the positions, the claim count and the premises", async () => {
    const { facilitator, debateId, p } = await arrange();
    const before = (await readDebate(facilitator.caller, debateId)).counts.claims;
    const proposal = await facilitator.caller.proposal.create({
      debateId,
      title: "Pilot in March",
      method: "consent",
      closesAt: new Date(Date.now() + 86_400_000),
    });
    const read = await readDebate(facilitator.caller, debateId);
    expect(read.counts.claims).toBe(before);
    const claim = read.claims.find((c) => c.id === proposal.claimId);
    expect(claim).toMatchObject({ kind: "proposal", role: "proposal", side: "for" });
    expect(read.claims.filter((c) => c.kind === "position").map((c) => c.id)).toEqual([p.id]);

    const prepared = await facilitator.caller.decision.prepare({ debateId });
    expect(prepared.candidatePremises.map((c) => c.id)).toEqual([p.id]);
  });
});
