// Workspaces as their members see them: creating, listing, renaming, roles,
// removing and leaving, and the rule that a workspace always keeps an owner.
import { describe, expect, it } from "vitest";
import type { Role } from "../domain/roles.ts";
import { expectTrpcError, type TestCaller } from "../test/assertions.ts";
import {
  createTestUser,
  createTestWorkspace,
  signedInCaller,
  type TestUser,
  testPrisma,
} from "../test/harness.ts";

const tag = () => crypto.randomUUID().slice(0, 8);
const NOT_A_MEMBER = "Workspace not found, or you are not a member of it.";
const LAST_OWNER = "A workspace needs at least one owner: make someone else an owner first.";

async function addMember(workspaceId: string, user: TestUser, role: Role) {
  await testPrisma().membership.create({ data: { workspaceId, userId: user.id, role } });
}

function ownersOf(workspaceId: string) {
  return testPrisma().membership.count({ where: { workspaceId, role: "owner" } });
}

/** What `caller` can still see of a workspace: its entry in their list, and whether get works. */
async function expectCannotSee(caller: TestCaller, workspace: { id: string; slug: string }) {
  expect((await caller.workspace.list()).map((w) => w.id)).not.toContain(workspace.id);
  await expectTrpcError(caller.workspace.get({ slug: workspace.slug }), "NOT_FOUND", NOT_A_MEMBER);
}

describe("workspace router", () => {
  it("creates a workspace whose creator is its only owner, with a slug from the name", async () => {
    const user = await createTestUser("creator");
    const { caller } = await signedInCaller(user);
    const t = tag();
    const created = await caller.workspace.create({ name: `  Policy Team ${t}!  ` });
    expect(created).toMatchObject({ name: `Policy Team ${t}!`, slug: `policy-team-${t}` });

    const seen = await caller.workspace.get({ slug: created.slug });
    expect(seen.role).toBe("owner");
    expect(seen.members).toEqual([expect.objectContaining({ userId: user.id, role: "owner" })]);
  });

  it("gives a second workspace with the same name a different slug", async () => {
    const { caller } = await signedInCaller(await createTestUser("creator"));
    const name = `Same Name ${tag()}`;
    const first = await caller.workspace.create({ name });
    const second = await caller.workspace.create({ name });
    expect(second.id).not.toBe(first.id);
    expect(second.slug).not.toBe(first.slug);
    expect(second.slug.startsWith(`${first.slug}-`)).toBe(true);
    expect((await caller.workspace.get({ slug: second.slug })).id).toBe(second.id);
  });

  it("refuses a blank name with a human message", async () => {
    const { caller } = await signedInCaller(await createTestUser("creator"));
    await expectTrpcError(
      caller.workspace.create({ name: "   " }),
      "BAD_REQUEST",
      "Give the workspace a name.",
    );
  });

  it("lists only my workspaces, with my role and each one's member count", async () => {
    const me = await createTestUser("me");
    const { caller } = await signedInCaller(me);
    const mine = await caller.workspace.create({ name: `Alpha ${tag()}` });
    const joined = await createTestWorkspace(["member", "observer"]);
    await addMember(joined.workspace.id, me, "facilitator");
    await createTestWorkspace(["member"]); // someone else's: must not show up

    expect(await caller.workspace.list()).toEqual([
      { ...mine, role: "owner", memberCount: 1 },
      { ...joined.workspace, role: "facilitator", memberCount: 4 },
    ]);
  });

  it("renames a workspace for everyone, keeping its address", async () => {
    const { workspace, owner, members } = await createTestWorkspace(["member"]);
    const { caller } = await signedInCaller(owner);
    const renamed = await caller.workspace.rename({ workspaceId: workspace.id, name: "Renamed" });
    expect(renamed).toEqual({ ...workspace, name: "Renamed" });
    const { caller: member } = await signedInCaller(members.member!);
    expect((await member.workspace.get({ slug: workspace.slug })).name).toBe("Renamed");
  });

  it("changes a member's role, and the new role takes effect at once", async () => {
    const { workspace, owner, members } = await createTestWorkspace(["member"]);
    const { caller: member } = await signedInCaller(members.member!);
    await expectTrpcError(member.invitation.list({ workspaceId: workspace.id }), "FORBIDDEN");

    const { caller } = await signedInCaller(owner);
    const userId = members.member!.id;
    await caller.workspace.changeRole({ workspaceId: workspace.id, userId, role: "facilitator" });

    expect((await member.workspace.get({ slug: workspace.slug })).role).toBe("facilitator");
    expect(await member.invitation.list({ workspaceId: workspace.id })).toEqual([]);
  });

  it("says so when the person to change is not a member", async () => {
    const { workspace, owner } = await createTestWorkspace();
    const { caller } = await signedInCaller(owner);
    const outsider = await createTestUser("outsider");
    await expectTrpcError(
      caller.workspace.changeRole({
        workspaceId: workspace.id,
        userId: outsider.id,
        role: "member",
      }),
      "NOT_FOUND",
      "That person is not a member of this workspace.",
    );
    expect(await testPrisma().membership.count({ where: { userId: outsider.id } })).toBe(0);
  });

  it("removes a member, who then no longer sees the workspace", async () => {
    const { workspace, owner, members } = await createTestWorkspace(["member"]);
    const { caller: member } = await signedInCaller(members.member!);
    expect((await member.workspace.get({ slug: workspace.slug })).id).toBe(workspace.id);

    const { caller } = await signedInCaller(owner);
    await caller.workspace.removeMember({ workspaceId: workspace.id, userId: members.member!.id });

    await expectCannotSee(member, workspace);
    const { members: left } = await caller.workspace.get({ slug: workspace.slug });
    expect(left.map((m) => m.userId)).toEqual([owner.id]);
  });

  it("lets a member leave, after which they no longer see the workspace", async () => {
    const { workspace, owner, members } = await createTestWorkspace(["observer"]);
    const { caller: observer } = await signedInCaller(members.observer!);
    await observer.workspace.leave({ workspaceId: workspace.id });

    await expectCannotSee(observer, workspace);
    const { caller } = await signedInCaller(owner);
    expect((await caller.workspace.list())[0]).toMatchObject({ id: workspace.id, memberCount: 1 });
  });

  const lastOwnerMoves: [
    string,
    (caller: TestCaller, workspaceId: string, me: string) => Promise<unknown>,
  ][] = [
    ["leave", (caller, workspaceId) => caller.workspace.leave({ workspaceId })],
    [
      "demote themselves",
      (caller, workspaceId, userId) =>
        caller.workspace.changeRole({ workspaceId, userId, role: "facilitator" }),
    ],
    [
      "remove themselves",
      (caller, workspaceId, userId) => caller.workspace.removeMember({ workspaceId, userId }),
    ],
  ];

  it.each(lastOwnerMoves)("does not let the last owner %s", async (_move, act) => {
    const { workspace, owner } = await createTestWorkspace(["facilitator"]);
    const { caller } = await signedInCaller(owner);
    await expectTrpcError(act(caller, workspace.id, owner.id), "CONFLICT", LAST_OWNER);
    expect((await caller.workspace.get({ slug: workspace.slug })).role).toBe("owner");
  });

  it.each(lastOwnerMoves)("lets an owner %s when another owner remains", async (_move, act) => {
    const { workspace, owner, members } = await createTestWorkspace(["facilitator"]);
    const { caller } = await signedInCaller(owner);
    const other = members.facilitator!;
    await caller.workspace.changeRole({
      workspaceId: workspace.id,
      userId: other.id,
      role: "owner",
    });

    await act(caller, workspace.id, owner.id);
    expect(await ownersOf(workspace.id)).toBe(1);
    // The one owner left is now the last one, and is held to the rule.
    const { caller: remaining } = await signedInCaller(other);
    await expectTrpcError(
      remaining.workspace.leave({ workspaceId: workspace.id }),
      "CONFLICT",
      LAST_OWNER,
    );
  });

  it("keeps an owner when two owners demote each other at the same moment", async () => {
    for (let round = 0; round < 5; round++) {
      const { workspace, owner, members } = await createTestWorkspace(["facilitator"]);
      const other = members.facilitator!;
      await testPrisma().membership.updateMany({
        where: { workspaceId: workspace.id, userId: other.id },
        data: { role: "owner" },
      });
      const [a, b] = await Promise.all([signedInCaller(owner), signedInCaller(other)]);
      const outcomes = await Promise.allSettled([
        a.caller.workspace.changeRole({
          workspaceId: workspace.id,
          userId: other.id,
          role: "member",
        }),
        b.caller.workspace.changeRole({
          workspaceId: workspace.id,
          userId: owner.id,
          role: "member",
        }),
      ]);
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      // The loser hears that the workspace needs an owner, to try again, or (when the
      // winner committed before the loser's request was authorized) that only owners
      // change roles: never "went wrong".
      for (const outcome of outcomes) {
        if (outcome.status === "rejected") {
          expect(outcome.reason).toMatchObject(
            expect.objectContaining({
              code: expect.stringMatching(/^(CONFLICT|FORBIDDEN)$/),
              message: expect.stringMatching(
                /needs at least one owner|at the same moment|Only an owner or above/,
              ),
            }),
          );
        }
      }
      expect(await ownersOf(workspace.id)).toBe(1);
    }
  });
});
