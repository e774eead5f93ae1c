// Looking back: a debate read at an earlier moment (by event number or by
// time) shows that moment's text and statuses, offers nothing to act on, and
// its timeline lists the moments a reader may step through.
import { describe, expect, it } from "vitest";
import { expectTrpcError } from "../test/assertions.ts";
import { createDebateTeam, openDebate, post, statusOf } from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";

async function debateWithAnsweredObjection() {
  const team = await createDebateTeam();
  const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
  const position = await post(team.member.caller, debateId, "position", null, "Move to Leeds");
  const objection = await post(team.facilitator.caller, debateId, "objection", position.id, "Rent");
  const before = await team.member.caller.debate.get({ debateId });
  await team.member.caller.claim.edit({ claimId: position.id, body: "Move to Leeds in May" });
  await post(team.member.caller, debateId, "objection", objection.id, "Rent is lower there");
  return { team, debateId, position, objection, before };
}

describe("a debate as it stood", () => {
  it("shows the old text and the objection still unanswered, by event number", async () => {
    const { team, debateId, position, objection, before } = await debateWithAnsweredObjection();
    const now = await team.member.caller.debate.get({ debateId });
    expect(now.unansweredObjectionIds).toEqual([]);

    const past = await team.member.caller.debate.get({ debateId, asOf: before.lastEventId! });
    expect(past.asOf).toEqual({ eventId: before.lastEventId, at: expect.any(String) });
    expect(past.claims.map((c) => c.body)).toEqual(["Move to Leeds", "Rent"]);
    expect(past.unansweredObjectionIds).toEqual([objection.id]);
    expect(statusOf(past.claims.find((c) => c.id === position.id)!).label).toBe(
      statusOf(before.claims.find((c) => c.id === position.id)!).label,
    );
  });

  it("takes a time too, and answers with the debate's last event at or before it", async () => {
    const { team, debateId, before } = await debateWithAnsweredObjection();
    const events = await testPrisma().event.findMany({
      where: { debateId, id: { lte: BigInt(before.lastEventId!) } },
      orderBy: { id: "desc" },
      take: 1,
      select: { id: true, createdAt: true },
    });
    const at = events[0]!.createdAt.toISOString();
    const past = await team.observer.caller.debate.get({ debateId, asOf: at });
    expect(BigInt(past.asOf!.eventId)).toBeGreaterThanOrEqual(events[0]!.id);
    expect(past.claims.length).toBeGreaterThanOrEqual(2);
  });

  it("offers nothing to act on in the past, and keeps what may be seen", async () => {
    const { team, debateId, before } = await debateWithAnsweredObjection();
    const past = await team.facilitator.caller.debate.get({ debateId, asOf: before.lastEventId! });
    expect(past.debate.can).toMatchObject({
      postPosition: false,
      postReply: false,
      voteOnClaims: false,
      propose: false,
      moderate: false,
      recordDecision: false,
      seeDecisionLog: true,
    });
  });

  it("refuses a moment before the debate began, and a moment that is not one, in words", async () => {
    const { team, debateId } = await debateWithAnsweredObjection();
    await expectTrpcError(
      team.member.caller.debate.get({ debateId, asOf: "2001-01-01T00:00:00Z" }),
      "NOT_FOUND",
      "The debate had not started yet at that point in time.",
    );
    await expectTrpcError(
      team.member.caller.debate.get({ debateId, asOf: "last tuesday" }),
      "BAD_REQUEST",
      /event number or an ISO date and time/,
    );
  });

  it("keeps no history of a deleted debate", async () => {
    const { debateId } = await debateWithAnsweredObjection();
    const history = { where: { debateId } };
    expect(await testPrisma().debateRowHistory.count(history)).toBeGreaterThan(0);
    await testPrisma().debate.delete({ where: { id: debateId } });
    expect(await testPrisma().debateRowHistory.count(history)).toBe(0);
  });
});

describe("the debate when a decision was taken", () => {
  it("reads as of the decision's own event: the objection still open, the later answer absent", async () => {
    const team = await createDebateTeam();
    const f = team.facilitator.caller;
    const debateId = await openDebate(f, team.workspace.id);
    const position = await post(team.member.caller, debateId, "position", null, "Pilot in May");
    const objection = await post(f, debateId, "objection", position.id, "May is budget season");
    const decision = await f.decision.record({
      debateId,
      outcome: "Pilot in May",
      ownerId: team.member.user.id,
      dispositions: [{ claimId: objection.id, disposition: "accepted_risk" }],
    });
    await post(team.member.caller, debateId, "objection", objection.id, "Budget closes in April");

    const record = await team.observer.caller.decision.get({ decisionId: decision.id });
    expect(record.recordedEventId).not.toBeNull();
    const then = await team.observer.caller.debate.get({
      debateId,
      asOf: record.recordedEventId!,
    });
    expect(then.unansweredObjectionIds).toEqual(record.objections.map((o) => o.claimId));
    expect(then.claims).toHaveLength(2);
    expect((await team.observer.caller.debate.get({ debateId })).unansweredObjectionIds).toEqual(
      [],
    );
  });
});

describe("the timeline", () => {
  it("lists the debate's moments oldest first, without turnout while tallies are hidden", async () => {
    const { team, debateId, position } = await debateWithAnsweredObjection();
    await team.facilitator.caller.debate.update({ debateId, hideTallies: true });
    await team.facilitator.caller.claim.vote({ claimId: position.id, agreement: "agree" });

    const seenByMember = await team.member.caller.debate.timeline({ debateId });
    const ids = seenByMember.map((event) => BigInt(event.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : 1)));
    expect(seenByMember.map((event) => event.type)).toEqual([
      "debate.created",
      "claim.posted",
      "claim.posted",
      "claim.edited",
      "claim.posted",
      "debate.updated",
    ]);
    const seenByFacilitator = await team.facilitator.caller.debate.timeline({ debateId });
    expect(seenByFacilitator.at(-1)?.type).toBe("vote.cast");
  });

  it("names each moment without carrying the claims' texts", async () => {
    const { team, debateId } = await debateWithAnsweredObjection();
    const timeline = await team.member.caller.debate.timeline({ debateId });
    const posted = timeline.filter((event) => event.type === "claim.posted");
    const edited = timeline.filter((event) => event.type === "claim.edited");
    expect(posted.length).toBeGreaterThan(0);
    expect(edited.length).toBeGreaterThan(0);
    for (const event of posted) {
      expect(event.data).toMatchObject({ body: null, number: expect.any(Number) });
    }
    for (const event of edited) {
      expect(event.data).toMatchObject({ before: null, after: null, number: expect.any(Number) });
    }
    // The activity feed, which shows what was said, still carries them.
    const feed = await team.member.caller.debate.activity({ debateId });
    const text = feed.events.find((event) => event.type === "claim.posted")?.data;
    expect(text).toMatchObject({ body: expect.any(String) });
  });
});
