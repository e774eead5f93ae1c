// Who may call each workshop procedure, the live stream and the activity
// feeds, from one table; then what a guest of one debate can and cannot reach.
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { expectTrpcError } from "../test/assertions.ts";
import { openDebate, post } from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";
import {
  describePermissionTable,
  type PermissionCase,
  teamFixture,
} from "../test/permission-table.ts";
import {
  arrangeWorkshop,
  collectLive,
  joinAsGuest,
  type Workshop,
} from "../test/workshop-fixtures.ts";

const lockedAt = (claimId: string) =>
  testPrisma()
    .claim.findUniqueOrThrow({ where: { id: claimId }, select: { lockedAt: true } })
    .then((c) => c.lockedAt);

const grantOf = (userId: string) =>
  testPrisma().guestGrant.findUniqueOrThrow({ where: { userId }, select: { removedAt: true } });

/** The objection each fixture parked for the unpark row. */
const parkedIn = new WeakMap<Workshop, string>();

const TABLE: PermissionCase<Workshop>[] = [
  {
    procedure: "workshop.setPhase",
    minimum: "facilitator",
    scope: "debate",
    call: (c, f) => c.workshop.setPhase({ debateId: f.debateId, phase: "rebuttal" }),
    allowed: async (f, result) => {
      expect(result).toMatchObject({ id: f.debateId, phase: "rebuttal" });
      const debate = await testPrisma().debate.findUniqueOrThrow({ where: { id: f.debateId } });
      expect(debate.phase).toBe("rebuttal");
    },
  },
  {
    procedure: "workshop.openJoinCode",
    minimum: "facilitator",
    scope: "debate",
    call: (c, f) => c.workshop.openJoinCode({ debateId: f.debateId, role: "observer" }),
    allowed: async (f, result) => {
      const opened = result as { code: string; role: string };
      expect(opened).toMatchObject({
        role: "observer",
        code: expect.stringMatching(/^\w{4}-\w{4}-\w{2}$/),
      });
      expect(opened.code).not.toBe(f.code);
      const open = await testPrisma().debateJoinCode.findMany({
        where: { debateId: f.debateId, closedAt: null },
        select: { code: true },
      });
      expect(open).toEqual([{ code: opened.code.replaceAll("-", "") }]);
    },
  },
  {
    procedure: "workshop.renewJoinCode",
    minimum: "facilitator",
    scope: "debate",
    call: (c, f) => c.workshop.renewJoinCode({ debateId: f.debateId }),
    allowed: async (f, result) => {
      expect(result).toMatchObject({ role: "member", admitted: 0 });
      expect((result as { code: string }).code).not.toBe(f.code);
    },
  },
  {
    procedure: "workshop.setGuestLimit",
    minimum: "facilitator",
    scope: "debate",
    call: (c, f) => c.workshop.setGuestLimit({ debateId: f.debateId, maxGuests: 9 }),
    allowed: async (f, result) => {
      expect(result).toEqual({ ok: true });
      const seen = await f.facilitator.caller.workshop.joinCode({ debateId: f.debateId });
      expect(seen).toMatchObject({ maxGuests: 9 });
    },
  },
  {
    procedure: "workshop.closeJoinCode",
    minimum: "facilitator",
    scope: "debate",
    call: (c, f) => c.workshop.closeJoinCode({ debateId: f.debateId }),
    allowed: async (f, result) => {
      expect(result).toEqual({ ok: true });
      expect(await f.facilitator.caller.workshop.joinCode({ debateId: f.debateId })).toBeNull();
    },
  },
  {
    procedure: "workshop.joinCode",
    minimum: "facilitator",
    scope: "debate",
    call: (c, f) => c.workshop.joinCode({ debateId: f.debateId }),
    allowed: async (f, result) =>
      expect(result).toMatchObject({ code: f.code, role: "member", createdAt: expect.any(Date) }),
  },
  {
    procedure: "workshop.guests",
    minimum: "facilitator",
    scope: "debate",
    call: (c, f) => c.workshop.guests({ debateId: f.debateId }),
    allowed: async (f, result) =>
      expect(result).toEqual([
        expect.objectContaining({
          role: "member",
          removedAt: null,
          user: { id: f.guest.userId, displayName: "Guest Grace" },
        }),
      ]),
  },
  {
    procedure: "workshop.removeGuest",
    minimum: "facilitator",
    scope: "debate",
    call: (c, f) => c.workshop.removeGuest({ debateId: f.debateId, guestUserId: f.guest.userId }),
    allowed: async (f, result) => {
      expect(result).toEqual({ ok: true });
      expect((await grantOf(f.guest.userId)).removedAt).toEqual(expect.any(Date));
    },
  },
  {
    procedure: "workshop.participation",
    minimum: "facilitator",
    scope: "debate",
    call: (c, f) => c.workshop.participation({ debateId: f.debateId }),
    allowed: async (f, result) => {
      const { people, total } = result as { people: { id: string }[]; total: number };
      // owner, facilitator, member and the guest; observers do not take part.
      expect(total).toBe(4);
      expect(people.map((p) => p.id)).toContain(f.guest.userId);
      expect(people.map((p) => p.id)).not.toContain(f.observer.user.id);
    },
  },
  {
    procedure: "workshop.lockThread",
    minimum: "facilitator",
    scope: "claim",
    call: (c, f) => c.workshop.lockThread({ claimId: f.position.id }),
    allowed: async (f, result) => {
      expect(result).toEqual({ id: f.position.id, locked: true });
      expect(await lockedAt(f.position.id)).toEqual(expect.any(Date));
    },
  },
  {
    procedure: "workshop.unlockThread",
    minimum: "facilitator",
    scope: "claim",
    setup: async (f) => {
      await f.owner.caller.workshop.lockThread({ claimId: f.position.id });
    },
    call: (c, f) => c.workshop.unlockThread({ claimId: f.position.id }),
    allowed: async (f, result) => {
      expect(result).toEqual({ id: f.position.id, locked: false });
      expect(await lockedAt(f.position.id)).toBeNull();
    },
  },
  {
    procedure: "workshop.unparkObjection",
    minimum: "facilitator",
    scope: "claim",
    setup: async (f) => {
      // Parking happens at the gate before voting: a fresh objection, parked with a reason.
      const objection = await post(f.member.caller, f.debateId, "objection", f.position.id);
      await f.owner.caller.workshop.setPhase({
        debateId: f.debateId,
        phase: "voting",
        parks: [{ claimId: objection.id, reason: "Revisit after the pilot" }],
      });
      parkedIn.set(f, objection.id);
    },
    call: (c, f) => c.workshop.unparkObjection({ claimId: parkedIn.get(f)! }),
    allowed: async (f, result) => {
      expect(result).toEqual({ id: parkedIn.get(f), parked: false });
      const claim = await testPrisma().claim.findUniqueOrThrow({
        where: { id: parkedIn.get(f)! },
        select: { parkedAt: true },
      });
      expect(claim.parkedAt).toBeNull();
    },
  },
  {
    procedure: "live.debate",
    minimum: "observer",
    scope: "debate",
    call: async (c, f) => {
      const stream = await c.live.debate({ debateId: f.debateId, lastEventId: "0" });
      // The table only learns whether the stream was granted; end it after one event.
      return collectLive({ stream, close: () => {} }, 1);
    },
    allowed: async (f, result) =>
      expect(result).toEqual([
        expect.objectContaining({ type: "debate.created", subjectId: f.debateId }),
      ]),
  },
  {
    procedure: "debate.activity",
    minimum: "observer",
    scope: "debate",
    call: async (c, f) => (await c.debate.activity({ debateId: f.debateId })).events,
    allowed: async (f, result) => {
      const feed = (result as { type: string; subjectId: string }[]).map((e) => e.subjectId);
      expect(result).toMatchObject([
        { type: "guest.joined" },
        { type: "join_code.opened" },
        { type: "claim.posted" },
        { type: "debate.created" },
      ]);
      expect(feed).toEqual([f.guest.userId, f.debateId, f.position.id, f.debateId]);
    },
  },
  {
    procedure: "workspace.activity",
    minimum: "observer",
    scope: "workspace",
    call: async (c, f) => (await c.workspace.activity({ workspaceId: f.workspace.id })).events,
    allowed: async (f, result) =>
      expect(result).toContainEqual(
        expect.objectContaining({ type: "guest.joined", subjectId: f.guest.userId }),
      ),
  },
];

describePermissionTable(TABLE, teamFixture(arrangeWorkshop));

describe("a guest of one debate", () => {
  it("is refused every workshop procedure as a member-role guest (FORBIDDEN)", async () => {
    const f = await arrangeWorkshop();
    const g = f.guest.caller;
    const debateId = f.debateId;
    for (const call of [
      () => g.workshop.setPhase({ debateId, phase: "voting" }),
      () => g.workshop.openJoinCode({ debateId, role: "member" }),
      () => g.workshop.joinCode({ debateId }),
      () => g.workshop.renewJoinCode({ debateId }),
      () => g.workshop.setGuestLimit({ debateId, maxGuests: 3 }),
      () => g.workshop.removeGuest({ debateId, guestUserId: f.guest.userId }),
      () => g.workshop.participation({ debateId }),
      () => g.workshop.lockThread({ claimId: f.position.id }),
    ]) {
      await expectTrpcError(call(), "FORBIDDEN", /^Only a facilitator or above /);
    }
    expect((await g.debate.activity({ debateId })).events).not.toHaveLength(0);
  });

  it("cannot reach another debate of the same workspace, nor its claims (NOT_FOUND)", async () => {
    const f = await arrangeWorkshop();
    const otherId = await openDebate(f.facilitator.caller, f.workspace.id, {
      question: "Debate B?",
    });
    const claim = await post(f.member.caller, otherId, "position", null);
    const g = f.guest.caller;
    await expectTrpcError(g.debate.get({ debateId: otherId }), "NOT_FOUND");
    await expectTrpcError(g.debate.activity({ debateId: otherId }), "NOT_FOUND");
    await expectTrpcError(g.live.debate({ debateId: otherId }), "NOT_FOUND");
    await expectTrpcError(
      g.claim.post({ debateId: otherId, kind: "position", body: "Sneaking in" }),
      "NOT_FOUND",
    );
    await expectTrpcError(g.claim.vote({ claimId: claim.id, agreement: "agree" }), "NOT_FOUND");
    await expectTrpcError(g.workshop.lockThread({ claimId: claim.id }), "NOT_FOUND");
    expect(await testPrisma().claim.count({ where: { debateId: otherId } })).toBe(1);
    // The same guest still reaches its own debate.
    expect((await g.debate.get({ debateId: f.debateId })).debate.id).toBe(f.debateId);
  });

  it("reaches no workspace procedure, and workspace.list shows none", async () => {
    const f = await arrangeWorkshop();
    const g = f.guest.caller;
    const workspaceId = f.workspace.id;
    expect(await g.workspace.list()).toEqual([]);
    for (const call of [
      () => g.workspace.get({ slug: f.workspace.slug }),
      () => g.workspace.activity({ workspaceId }),
      () => g.workspace.rename({ workspaceId, name: "Taken" }),
      () => g.workspace.leave({ workspaceId }),
      () => g.debate.list({ workspaceId }),
      () => g.debate.create({ workspaceId, question: "A guest's debate?" }),
      () => g.decision.log({ workspaceId }),
      () => g.invitation.list({ workspaceId }),
    ]) {
      await expectTrpcError(call(), "NOT_FOUND", /^Workspace not found/);
    }
  });

  it("cannot start a workspace of its own: a guest's reach is one debate", async () => {
    const f = await arrangeWorkshop();
    const created = f.guest.caller.workspace.create({ name: "Guest's own" });
    await expect(created).rejects.toBeInstanceOf(TRPCError);
    expect(await testPrisma().membership.count({ where: { userId: f.guest.userId } })).toBe(0);
  });

  it("of another debate in another workspace is a stranger there (NOT_FOUND)", async () => {
    const a = await arrangeWorkshop();
    const b = await arrangeWorkshop();
    const other = await joinAsGuest(b.code, "Other guest");
    await expectTrpcError(other.caller.debate.get({ debateId: a.debateId }), "NOT_FOUND");
    await expectTrpcError(a.guest.caller.debate.get({ debateId: b.debateId }), "NOT_FOUND");
  });
});
