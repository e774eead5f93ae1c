// Who may call each workspace-scoped procedure, from one table: signed-out
// callers, strangers and members of other workspaces are refused (the latter
// two without learning the workspace exists), every role below the minimum is
// forbidden, and the minimum role gets its way.
import { expect } from "vitest";
import { ROLES, type Role } from "../domain/roles.ts";
import { createInvitation } from "../services/invitations.ts";
import type { Person } from "../test/debate-fixtures.ts";
import {
  createTestUser,
  createTestWorkspace,
  signedInCaller,
  testPrisma,
} from "../test/harness.ts";
import { describePermissionTable, type PermissionCase } from "../test/permission-table.ts";

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
  const people = {} as Record<Role, Person>;
  for (const role of ROLES) {
    const user = members[role]!;
    people[role] = { user, caller: (await signedInCaller(user)).caller };
  }
  return { workspace, people, target, invitation };
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

type Case = PermissionCase<Fixture>;

const PROCEDURES: Case[] = [
  {
    procedure: "workspace.get",
    minimum: "observer",
    scope: "workspace",
    call: (caller, f) => caller.workspace.get({ slug: f.workspace.slug }),
    allowed: async (f, result) => {
      expect(result).toMatchObject({ id: f.workspace.id, name: f.workspace.name });
    },
  },
  {
    procedure: "workspace.rename",
    minimum: "owner",
    scope: "workspace",
    call: (caller, f) => caller.workspace.rename({ workspaceId: f.workspace.id, name: "Renamed" }),
    allowed: async (f) => {
      expect((await snapshot(f)).name).toBe("Renamed");
    },
  },
  {
    procedure: "workspace.changeRole",
    minimum: "owner",
    scope: "workspace",
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
    scope: "workspace",
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
    scope: "workspace",
    call: (caller, f) => caller.workspace.leave({ workspaceId: f.workspace.id }),
    allowed: async (f, _result, actor) => {
      const { memberships } = await snapshot(f);
      expect(memberships.map((m) => m.userId)).not.toContain(actor.user.id);
    },
  },
  {
    procedure: "invitation.create",
    minimum: "facilitator",
    scope: "workspace",
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
    scope: "workspace",
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
    scope: "workspace",
    call: (caller, f) =>
      caller.invitation.revoke({ workspaceId: f.workspace.id, invitationId: f.invitation.id }),
    allowed: async (f) => {
      const [invitation] = (await snapshot(f)).invitations;
      expect(invitation?.revokedAt).toBeInstanceOf(Date);
    },
  },
];

describePermissionTable(PROCEDURES, {
  arrange,
  person: (f, role) => f.people[role],
  snapshot,
});
