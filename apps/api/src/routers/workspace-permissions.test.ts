// Who may call each workspace-scoped procedure, from one table: signed-out
// callers, strangers and members of other workspaces are refused (the latter
// two without learning the workspace exists), every role below the minimum is
// forbidden, and the minimum role gets its way.
import { describe, expect, it } from "vitest";
import type { Role } from "../domain/roles.ts";
import { createInvitation } from "../services/invitations.ts";
import { expectTrpcError, type TestCaller } from "../test/assertions.ts";
import {
  createTestUser,
  createTestWorkspace,
  signedInCaller,
  signedOutCaller,
  type TestUser,
  testPrisma,
} from "../test/harness.ts";

/** Weakest first; written out here so the test does not borrow the ranking it checks. */
const LADDER: Role[] = ["observer", "member", "facilitator", "owner"];
const rolesBelow = (minimum: Role) => LADDER.slice(0, LADDER.indexOf(minimum));
const aRole = (role: Role) => `${role === "owner" || role === "observer" ? "an" : "a"} ${role}`;

type Fixture = Awaited<ReturnType<typeof arrange>>;

/** A workspace with one person per role, one more member to act on, and an open invitation. */
async function arrange() {
  const { workspace, members } = await createTestWorkspace(["facilitator", "member", "observer"]);
  const target = await createTestUser("target");
  await testPrisma().membership.create({
    data: { workspaceId: workspace.id, userId: target.id, role: "member" },
  });
  const invitation = await createInvitation(testPrisma(), {
    workspaceId: workspace.id,
    role: "member",
    expiresInHours: 24,
    createdById: members.owner!.id,
  });
  return { workspace, members: members as Record<Role, TestUser>, target, invitation };
}

/** Everything the procedures could change, to show a refused call changed nothing. */
function snapshot(f: Fixture) {
  return testPrisma().workspace.findUniqueOrThrow({
    where: { id: f.workspace.id },
    select: {
      name: true,
      memberships: { select: { userId: true, role: true }, orderBy: { userId: "asc" } },
      invitations: { select: { id: true, revokedAt: true }, orderBy: { id: "asc" } },
    },
  });
}

type Case = {
  procedure: string;
  minimum: Role;
  call: (caller: TestCaller, f: Fixture) => Promise<unknown>;
  /** What the person sees, or what changed, when the call is allowed. */
  allowed: (f: Fixture, result: unknown, actor: TestUser) => Promise<void>;
};

const PROCEDURES: Case[] = [
  {
    procedure: "workspace.get",
    minimum: "observer",
    call: (caller, f) => caller.workspace.get({ slug: f.workspace.slug }),
    allowed: async (f, result) => {
      expect(result).toMatchObject({ id: f.workspace.id, name: f.workspace.name });
    },
  },
  {
    procedure: "workspace.rename",
    minimum: "owner",
    call: (caller, f) => caller.workspace.rename({ workspaceId: f.workspace.id, name: "Renamed" }),
    allowed: async (f) => {
      expect((await snapshot(f)).name).toBe("Renamed");
    },
  },
  {
    procedure: "workspace.changeRole",
    minimum: "owner",
    call: (caller, f) =>
      caller.workspace.changeRole({
        workspaceId: f.workspace.id,
        userId: f.target.id,
        role: "observer",
      }),
    allowed: async (f) => {
      const { memberships } = await snapshot(f);
      expect(memberships).toContainEqual({ userId: f.target.id, role: "observer" });
    },
  },
  {
    procedure: "workspace.removeMember",
    minimum: "owner",
    call: (caller, f) =>
      caller.workspace.removeMember({ workspaceId: f.workspace.id, userId: f.target.id }),
    allowed: async (f) => {
      const { memberships } = await snapshot(f);
      expect(memberships.map((m) => m.userId)).not.toContain(f.target.id);
    },
  },
  {
    procedure: "workspace.leave",
    minimum: "observer",
    call: (caller, f) => caller.workspace.leave({ workspaceId: f.workspace.id }),
    allowed: async (f, _result, actor) => {
      const { memberships } = await snapshot(f);
      expect(memberships.map((m) => m.userId)).not.toContain(actor.id);
    },
  },
  {
    procedure: "invitation.create",
    minimum: "facilitator",
    call: (caller, f) =>
      caller.invitation.create({ workspaceId: f.workspace.id, role: "member", expiresInHours: 24 }),
    allowed: async (f, result) => {
      expect(result).toMatchObject({ role: "member", token: expect.any(String) });
      expect((await snapshot(f)).invitations).toHaveLength(2);
    },
  },
  {
    procedure: "invitation.list",
    minimum: "facilitator",
    call: (caller, f) => caller.invitation.list({ workspaceId: f.workspace.id }),
    allowed: async (f, result) => {
      expect(result).toEqual([
        expect.objectContaining({ id: f.invitation.id, role: "member", status: "pending" }),
      ]);
    },
  },
  {
    procedure: "invitation.revoke",
    minimum: "facilitator",
    call: (caller, f) =>
      caller.invitation.revoke({ workspaceId: f.workspace.id, invitationId: f.invitation.id }),
    allowed: async (f) => {
      const [invitation] = (await snapshot(f)).invitations;
      expect(invitation?.revokedAt).toBeInstanceOf(Date);
    },
  },
];

/** Calls as `caller`, expects the refusal, and checks that nothing in the workspace changed. */
async function expectRefused(
  proc: Case,
  caller: TestCaller,
  f: Fixture,
  code: "UNAUTHORIZED" | "NOT_FOUND" | "FORBIDDEN",
  message: string | RegExp,
) {
  const before = await snapshot(f);
  await expectTrpcError(proc.call(caller, f), code, message);
  expect(await snapshot(f)).toEqual(before);
}

const NOT_A_MEMBER = "Workspace not found, or you are not a member of it.";

describe.each(PROCEDURES)("$procedure (at least $minimum)", (proc) => {
  it("refuses a signed-out caller (UNAUTHORIZED)", async () => {
    const f = await arrange();
    await expectRefused(proc, await signedOutCaller(), f, "UNAUTHORIZED", "Sign in to continue.");
  });

  it("does not reveal the workspace to a signed-in stranger (NOT_FOUND)", async () => {
    const f = await arrange();
    const { caller } = await signedInCaller(await createTestUser("stranger"));
    await expectRefused(proc, caller, f, "NOT_FOUND", NOT_A_MEMBER);
  });

  it("does not reveal the workspace to the owner of another workspace (NOT_FOUND)", async () => {
    const f = await arrange();
    const other = await createTestWorkspace(["facilitator"]);
    const { caller } = await signedInCaller(other.owner);
    await expectRefused(proc, caller, f, "NOT_FOUND", NOT_A_MEMBER);
  });

  for (const role of rolesBelow(proc.minimum)) {
    it(`forbids ${aRole(role)} (FORBIDDEN)`, async () => {
      const f = await arrange();
      const { caller } = await signedInCaller(f.members[role]);
      await expectRefused(
        proc,
        caller,
        f,
        "FORBIDDEN",
        new RegExp(`^Only ${aRole(proc.minimum)} or above can `),
      );
    });
  }

  it(`lets ${aRole(proc.minimum)} do it`, async () => {
    const f = await arrange();
    const actor = f.members[proc.minimum];
    const { caller } = await signedInCaller(actor);
    await proc.allowed(f, await proc.call(caller, f), actor);
  });
});
