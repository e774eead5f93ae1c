// One presenter decides who sees a person: an anonymous debate's proposals do
// not unmask their authors, exports and member lists carry emails only for
// owners, a guest's decision read stays inside their debate, and hidden
// tallies hide turnout (ballot counts, vote events) too.
import { describe, expect, it } from "vitest";
import { addPerson, createDebateTeam, openDebate, post } from "../test/debate-fixtures.ts";
import { listEntry, openProposal } from "../test/proposal-fixtures.ts";
import { arrangeWorkshop } from "../test/workshop-fixtures.ts";

const EMAIL = /@/;

describe("proposals in an anonymous debate", () => {
  it("do not name who put them, except to facilitators", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id, {
      anonymous: true,
    });
    await team.facilitator.caller.debate.update({ debateId, membersMayPropose: true });
    const made = await openProposal(team.member.caller, debateId, { method: "consent" });
    const other = await addPerson(team.workspace.id, "member", "other");

    expect((await listEntry(other.caller, debateId, made.id)).createdBy).toBeNull();
    expect((await listEntry(team.observer.caller, debateId, made.id)).createdBy).toBeNull();
    expect((await listEntry(team.facilitator.caller, debateId, made.id)).createdBy).toEqual({
      id: team.member.user.id,
      displayName: team.member.user.displayName,
    });
    expect((await listEntry(team.member.caller, debateId, made.id)).createdBy).toBeNull();
  });
});

describe("emails", () => {
  it("never reach a guest's export", async () => {
    const w = await arrangeWorkshop();
    await post(w.guest.caller, w.debateId, "objection", w.position.id, "Not every team can");
    const exported = await w.guest.caller.debate.exportJson({ debateId: w.debateId });
    expect(exported.claims[0]?.author).toEqual({
      displayName: w.member.user.displayName,
      email: null,
    });
    expect(JSON.stringify(exported)).not.toMatch(EMAIL);
  });

  it("reach only owners, in exports and in the member list", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    await post(team.member.caller, debateId, "position", null, "Yes");
    for (const role of ["observer", "member", "facilitator"] as const) {
      const caller = team[role].caller;
      expect(JSON.stringify(await caller.debate.exportJson({ debateId }))).not.toMatch(EMAIL);
      const workspace = await caller.workspace.get({ slug: team.workspace.slug });
      expect(JSON.stringify(workspace.members)).not.toMatch(EMAIL);
    }
    const owners = await team.owner.caller.debate.exportJson({ debateId });
    expect(owners.claims[0]?.author).toEqual({
      displayName: team.member.user.displayName,
      email: team.member.user.email,
    });
    const workspace = await team.owner.caller.workspace.get({ slug: team.workspace.slug });
    expect(workspace.members.map((m) => m.email)).toContain(team.member.user.email);
  });
});

describe("a guest's decision read", () => {
  it("does not carry the outcome of a linked decision in another debate", async () => {
    const w = await arrangeWorkshop();
    const f = w.facilitator.caller;
    const elsewhere = await openDebate(f, w.workspace.id, { question: "Other room" });
    const earlier = await f.decision.record({
      debateId: elsewhere,
      outcome: "Secret outcome of another room",
      ownerId: w.owner.user.id,
    });
    const decision = await f.decision.record({
      debateId: w.debateId,
      outcome: "We try a four-day week",
      ownerId: w.owner.user.id,
      supersedesDecisionId: earlier.id,
    });
    const read = await w.guest.caller.decision.get({ decisionId: decision.id });
    expect(read.outcome).toBe("We try a four-day week");
    expect(JSON.stringify(read)).not.toContain("Secret outcome");
    expect(read.supersedes).toBeNull();
    const members = await w.member.caller.decision.get({ decisionId: decision.id });
    expect(members.supersedes?.outcome).toBe("Secret outcome of another room");
  });
});

describe("hidden tallies", () => {
  it("hide turnout too: ballot counts and vote events", async () => {
    const team = await createDebateTeam();
    const debate = await team.facilitator.caller.debate.create({
      workspaceId: team.workspace.id,
      question: "Which day for the retro?",
      hideTallies: true,
    });
    const position = await post(team.facilitator.caller, debate.id, "position", null, "Friday");
    const made = await openProposal(team.facilitator.caller, debate.id, { method: "consent" });
    await team.member.caller.proposal.vote({
      debateId: debate.id,
      proposalId: made.id,
      ballot: { method: "consent", choice: "agree" },
    });
    await team.member.caller.claim.vote({ claimId: position.id, agreement: "agree" });

    expect((await listEntry(team.observer.caller, debate.id, made.id)).ballotCount).toBeNull();
    expect((await listEntry(team.facilitator.caller, debate.id, made.id)).ballotCount).toBe(1);
    const seen = (await team.observer.caller.debate.activity({ debateId: debate.id })).events;
    expect(seen.map((e) => e.type)).not.toContain("ballot.cast");
    expect(seen.map((e) => e.type)).not.toContain("vote.cast");
    const facilitators = (await team.facilitator.caller.debate.activity({ debateId: debate.id }))
      .events;
    expect(facilitators.map((e) => e.type)).toEqual(
      expect.arrayContaining(["ballot.cast", "vote.cast"]),
    );
  });
});
