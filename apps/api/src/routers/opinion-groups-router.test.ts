// debate.opinionGroups end to end through the router: two camps of four
// split on one objection; guests see groups only when allowed; hidden
// tallies hide groups; the snapshot is a cache shared by instances.
import { describe, expect, it } from "vitest";
import {
  currentOpinionGroups,
  snapshotLockKey,
} from "../services/opinion-groups/opinion-group-snapshot.ts";
import { expectTrpcError } from "../test/assertions.ts";
import { testPrisma } from "../test/harness.ts";
import { arrangeTwoCamps } from "../test/opinion-group-fixtures.ts";

const snapshotRow = (debateId: string) =>
  testPrisma().opinionGroupSnapshot.findUniqueOrThrow({
    where: { debateId },
    select: { computedAt: true, lastVoteEventId: true },
  });

describe("debate.opinionGroups", () => {
  it("shows two groups of four, the objection that splits them, and each reader only their own group", async () => {
    const room = await arrangeTwoCamps();
    const view = await room.member.caller.debate.opinionGroups({ debateId: room.debateId });
    expect(view.state).toBe("ready");
    expect(view.groups.map((g) => g.size)).toEqual([4, 4]);
    expect(view.dots).toHaveLength(8);
    expect(view.dots.filter((d) => d.mine)).toHaveLength(1);
    const split = new Map(view.objections.map((o) => [o.claimId, o.splits]));
    expect(split.get(room.o1.id)).toBe(true);
    expect(split.get(room.o2.id)).toBe(false);
    expect(view.consensusClaims.map((c) => c.claimId)).toContain(room.o2.id);

    const mineA = view.myGroup;
    expect(mineA).not.toBeNull();
    const other = await room.campB[0]!.debate.opinionGroups({ debateId: room.debateId });
    expect(other.myGroup).not.toBeNull();
    expect(other.myGroup).not.toBe(mineA);
    // Nothing in the answer names anyone.
    const text = JSON.stringify(view);
    for (const id of [room.member.user.id, room.facilitator.user.id])
      expect(text).not.toContain(id);
    const observer = await room.observer.caller.debate.opinionGroups({ debateId: room.debateId });
    expect(observer.myGroup).toBeNull();
    expect(observer.groups).toHaveLength(2);
  });

  it("refuses guests until the facilitator opens the groups to them", async () => {
    const room = await arrangeTwoCamps();
    const ask = () => room.guest.caller.debate.opinionGroups({ debateId: room.debateId });
    await expectTrpcError(
      ask(),
      "FORBIDDEN",
      "The facilitator has not opened this debate's opinion groups to guests.",
    );
    const guestRead = await room.guest.caller.debate.get({ debateId: room.debateId });
    expect(guestRead.debate.can.seeOpinionGroups).toBe(false);
    await room.facilitator.caller.debate.update({ debateId: room.debateId, guestsSeeGroups: true });
    const view = await ask();
    expect(view.groups).toHaveLength(2);
    expect(view.myGroup).toBeNull();
  });

  it("hides the groups with the tallies until results are shown, except from facilitators", async () => {
    const room = await arrangeTwoCamps();
    await room.facilitator.caller.debate.update({ debateId: room.debateId, hideTallies: true });
    const member = await room.member.caller.debate.opinionGroups({ debateId: room.debateId });
    expect(member).toMatchObject({ state: "hidden-until-results", groups: [], dots: [] });
    expect(member.myGroup).toBeNull();
    const facilitator = await room.facilitator.caller.debate.opinionGroups({
      debateId: room.debateId,
    });
    expect(facilitator.groups).toHaveLength(2);
  });
});

describe("the opinion-group snapshot", () => {
  it("is computed once, served while fresh, and recomputed only after votes change", async () => {
    const room = await arrangeTwoCamps();
    const prisma = testPrisma();
    await room.member.caller.debate.opinionGroups({ debateId: room.debateId });
    const first = await snapshotRow(room.debateId);

    // No new votes: even a zero freshness window keeps the snapshot.
    await currentOpinionGroups(prisma, room.debateId, 0);
    expect(await snapshotRow(room.debateId)).toEqual(first);

    // A new vote inside the freshness window: the snapshot is served as it is.
    await room.campB[0]!.claim.vote({ claimId: room.o2.id, agreement: "disagree" });
    await room.member.caller.debate.opinionGroups({ debateId: room.debateId });
    expect(await snapshotRow(room.debateId)).toEqual(first);

    // Past the window: recomputed, and it records the vote it included.
    await currentOpinionGroups(prisma, room.debateId, 0);
    const second = await snapshotRow(room.debateId);
    expect(second.computedAt.getTime()).toBeGreaterThan(first.computedAt.getTime());
    expect(second.lastVoteEventId).toBeGreaterThan(first.lastVoteEventId);
  });

  it("is not recomputed by a second instance while another holds the debate's lock", async () => {
    const room = await arrangeTwoCamps();
    const prisma = testPrisma();
    const before = await currentOpinionGroups(prisma, room.debateId, 0);
    await room.campA[0]!.claim.vote({ claimId: room.o2.id, agreement: "unsure" });
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked = () => {};
    const holding = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const otherInstance = prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${snapshotLockKey(room.debateId)}))`;
      locked();
      await released;
    });
    await holding;
    const served = await currentOpinionGroups(prisma, room.debateId, 0);
    release();
    await otherInstance;
    expect(served.computedAt).toEqual(before.computedAt);
    const after = await currentOpinionGroups(prisma, room.debateId, 0);
    expect(after.computedAt.getTime()).toBeGreaterThan(before.computedAt.getTime());
  });
});
