// The activity feeds read the event log: newest first, in pages, with who
// did what to which claim — shown as each reader may see it (no authors in
// anonymous debates except for facilitators, no hidden claim's text except
// for facilitators). A refused change leaves no trace in them.
import { describe, expect, it } from "vitest";
import { expectTrpcError, type TestCaller } from "../test/assertions.ts";
import { addPerson, createDebateTeam, openDebate, post } from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";
import { arrangeWorkshop } from "../test/workshop-fixtures.ts";

type Feed = Awaited<ReturnType<TestCaller["debate"]["activity"]>>["events"];
const brief = (feed: Feed) =>
  feed.map((e) => ({ type: e.type, actor: e.actor?.displayName ?? null, subjectId: e.subjectId }));

describe("debate.activity", () => {
  it("lists events newest first, with the actor's name, the subject and what changed", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const p1 = await post(team.member.caller, debateId, "position", null, "Adopt it");
    const o2 = await post(team.facilitator.caller, debateId, "objection", p1.id, "Costs");
    await team.owner.caller.claim.vote({ claimId: o2.id, agreement: "agree", impact: 3 });
    const feed = (await team.observer.caller.debate.activity({ debateId })).events;
    expect(brief(feed)).toEqual([
      { type: "vote.cast", actor: "owner", subjectId: o2.id },
      { type: "claim.posted", actor: "facilitator", subjectId: o2.id },
      { type: "claim.posted", actor: "member", subjectId: p1.id },
      { type: "debate.created", actor: "facilitator", subjectId: debateId },
    ]);
    expect(feed[1]).toMatchObject({
      debateId,
      createdAt: expect.any(Date),
      data: { number: 2, kind: "objection", targetId: p1.id, body: "Costs" },
    });
    // A vote event says that someone voted, never what: tallies may be hidden.
    expect(feed[0]?.data).toEqual({ number: 2 });
    const ids = feed.map((e) => BigInt(e.id));
    expect([...ids].sort((a, b) => (a > b ? -1 : 1))).toEqual(ids);
  });

  it("pages with a cursor: fifty events read at a time, no event twice, none missed", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    for (let i = 1; i <= 52; i++)
      await post(team.member.caller, debateId, "position", null, `P${i}`);
    const read = (cursor: string | null) =>
      team.member.caller.debate.activity({ debateId, cursor });
    const first = await read(null);
    expect(first.events).toHaveLength(50);
    expect(first.events[0]?.data).toMatchObject({ body: "P52" });
    const second = await read(first.nextCursor);
    expect(second.events.map((e) => e.type)).toEqual([
      "claim.posted",
      "claim.posted",
      "debate.created",
    ]);
    expect(second.events[0]?.data).toMatchObject({ body: "P2" });
    expect(second.nextCursor).toBeNull();
    const all = [...first.events, ...second.events].map((e) => e.id);
    expect(new Set(all).size).toBe(53);
  });

  it("keeps offering older pages when a whole page is hidden from the reader", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    await team.facilitator.caller.debate.update({ debateId, hideTallies: true });
    const { id: claimId } = await post(team.member.caller, debateId, "position", null, "Older");
    // Sixty votes: turnout a member may not see while tallies are hidden.
    await testPrisma().event.createMany({
      data: Array.from({ length: 60 }, () => ({
        workspaceId: team.workspace.id,
        debateId,
        actorId: team.owner.user.id,
        type: "vote.cast",
        subjectId: claimId,
        data: {},
      })),
    });
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const answer = await team.member.caller.debate.activity({ debateId, cursor });
      seen.push(...answer.events.map((e) => e.type));
      cursor = answer.nextCursor;
      if (cursor === null) break;
    }
    expect(seen).not.toContain("vote.cast");
    expect(seen).toContain("claim.posted");
    expect(seen.at(-1)).toBe("debate.created");
  });

  it("hides actors from members in an anonymous debate, not from facilitators", async () => {
    const team = await createDebateTeam();
    const other = await addPerson(team.workspace.id, "member", "other member");
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id, {
      anonymous: true,
    });
    const p1 = await post(other.caller, debateId, "position", null, "Adopt it");
    const o2 = await post(team.member.caller, debateId, "objection", p1.id, "Costs");
    const asMember = (await team.member.caller.debate.activity({ debateId })).events;
    // Others' events carry no actor (whether one's own do is not this test's business).
    const others = asMember.filter((e) => e.subjectId !== o2.id);
    expect(others.map((e) => [e.type, e.actor])).toEqual([
      ["claim.posted", null],
      ["debate.created", null],
    ]);
    const asFacilitator = (await team.facilitator.caller.debate.activity({ debateId })).events;
    expect(brief(asFacilitator).map((e) => e.actor)).toEqual([
      "member",
      "other member",
      "facilitator",
    ]);
    const inWorkspace = (
      await team.member.caller.workspace.activity({
        workspaceId: team.workspace.id,
      })
    ).events;
    const othersInWorkspace = inWorkspace.filter(
      (e) => e.debateId === debateId && e.subjectId !== o2.id,
    );
    expect(othersInWorkspace.map((e) => e.actor)).toEqual([null, null]);
  });

  it("redacts a hidden claim's text for members, not for facilitators", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const p1 = await post(team.member.caller, debateId, "position", null, "Adopt it");
    const o2 = await post(team.member.caller, debateId, "objection", p1.id, "Rude remark");
    await team.member.caller.claim.edit({ claimId: o2.id, body: "Ruder remark" });
    await team.facilitator.caller.claim.hide({ claimId: o2.id });
    const textOf = (feed: Feed) =>
      feed
        .filter((e) => e.subjectId === o2.id && e.type !== "claim.hidden")
        .map((e) => ({ type: e.type, data: e.data }));
    const workspaceId = team.workspace.id;
    for (const feed of [
      (await team.member.caller.debate.activity({ debateId })).events,
      (await team.member.caller.workspace.activity({ workspaceId })).events as Feed,
    ]) {
      expect(textOf(feed)).toEqual([
        { type: "claim.edited", data: expect.objectContaining({ before: null, after: null }) },
        { type: "claim.posted", data: expect.objectContaining({ number: 2, body: null }) },
      ]);
      // Other claims keep their text.
      expect(feed.find((e) => e.subjectId === p1.id)?.data).toMatchObject({ body: "Adopt it" });
    }
    const asFacilitator = textOf(
      (await team.facilitator.caller.debate.activity({ debateId })).events,
    );
    expect(asFacilitator[0]?.data).toMatchObject({ before: "Rude remark", after: "Ruder remark" });
    expect(asFacilitator[1]?.data).toMatchObject({ body: "Rude remark" });
    await team.facilitator.caller.claim.restore({ claimId: o2.id });
    const restored = textOf((await team.member.caller.debate.activity({ debateId })).events);
    expect(restored.at(-1)?.data).toMatchObject({ body: "Rude remark" });
  });
  it("shows hiding and restoring a claim, as every change is an event", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const p1 = await post(team.member.caller, debateId, "position", null, "Off topic");
    await team.facilitator.caller.claim.hide({ claimId: p1.id });
    await team.facilitator.caller.claim.restore({ claimId: p1.id });
    const feed = (await team.facilitator.caller.debate.activity({ debateId })).events;
    expect(brief(feed).slice(0, 2)).toEqual([
      { type: "claim.restored", actor: "facilitator", subjectId: p1.id },
      { type: "claim.hidden", actor: "facilitator", subjectId: p1.id },
    ]);
  });
});

describe("workspace.activity", () => {
  it("merges the events of several debates, newest first, each with its question", async () => {
    const team = await createDebateTeam();
    const a = await openDebate(team.facilitator.caller, team.workspace.id, {
      question: "Debate A?",
    });
    const b = await openDebate(team.owner.caller, team.workspace.id, { question: "Debate B?" });
    const pa = await post(team.member.caller, a, "position", null, "In A");
    const pb = await post(team.member.caller, b, "position", null, "In B");
    const elsewhere = await createDebateTeam();
    await openDebate(elsewhere.facilitator.caller, elsewhere.workspace.id, {
      question: "Not ours?",
    });
    const feed = (await team.observer.caller.workspace.activity({ workspaceId: team.workspace.id }))
      .events;
    expect(
      feed.map((e) => ({ type: e.type, subjectId: e.subjectId, q: e.debateQuestion })),
    ).toEqual([
      { type: "claim.posted", subjectId: pb.id, q: "Debate B?" },
      { type: "claim.posted", subjectId: pa.id, q: "Debate A?" },
      { type: "debate.created", subjectId: b, q: "Debate B?" },
      { type: "debate.created", subjectId: a, q: "Debate A?" },
    ]);
    expect(feed[3]?.actor?.displayName).toBe("facilitator");
    const older = (
      await team.observer.caller.workspace.activity({
        workspaceId: team.workspace.id,
        cursor: feed[1]!.id,
      })
    ).events;
    expect(older.map((e) => e.subjectId)).toEqual([b, a]);
  });
});

describe("refused changes", () => {
  it("write no event, so the feeds do not move", async () => {
    const f = await arrangeWorkshop();
    const { debateId } = f;
    const fc = f.facilitator.caller;
    const otherId = await openDebate(fc, f.workspace.id, { question: "Another?" });
    const foreign = await post(f.member.caller, otherId, "position", null);
    await post(f.member.caller, debateId, "objection", f.position.id, "Open objection");
    const feeds = async () => ({
      debate: (await fc.debate.activity({ debateId })).events,
      workspace: (await fc.workspace.activity({ workspaceId: f.workspace.id })).events,
    });
    const before = await feeds();
    await expectTrpcError(fc.workshop.setPhase({ debateId, phase: "voting" }), "CONFLICT");
    for (const targetId of [foreign.id, crypto.randomUUID()]) {
      await expectTrpcError(
        f.member.caller.claim.post({ debateId, kind: "objection", targetId, body: "Astray" }),
        "BAD_REQUEST",
      );
    }
    await fc.workshop.lockThread({ claimId: f.position.id });
    const afterLock = await feeds();
    expect(afterLock.debate[0]?.type).toBe("thread.locked");
    await expectTrpcError(
      f.guest.caller.claim.post({ debateId, kind: "support", targetId: f.position.id, body: "x" }),
      "CONFLICT",
    );
    await expectTrpcError(fc.workshop.lockThread({ claimId: f.position.id }), "CONFLICT");
    await fc.workshop.closeJoinCode({ debateId });
    await expectTrpcError(fc.workshop.closeJoinCode({ debateId }), "CONFLICT");
    await expectTrpcError(
      fc.workshop.removeGuest({ debateId, guestUserId: crypto.randomUUID() }),
      "NOT_FOUND",
    );
    const after = await feeds();
    expect(after.debate.slice(1)).toEqual(afterLock.debate);
    expect(after.debate[0]?.type).toBe("join_code.closed");
    expect(afterLock.debate.slice(1)).toEqual(before.debate);
    expect(afterLock.workspace.slice(1)).toEqual(before.workspace);
  });
});
