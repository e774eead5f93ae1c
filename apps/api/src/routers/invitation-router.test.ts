// Invitation links: single use, expiring, withdrawable, role-limited, stored
// only as a hash, and safe when two people click the same link at once.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Role } from "../domain/roles.ts";
import { expectTrpcError } from "../test/assertions.ts";
import {
  createTestUser,
  createTestWorkspace,
  signedInCaller,
  signedOutCaller,
  type TestUser,
  testPrisma,
} from "../test/harness.ts";

const NOT_A_MEMBER = "Workspace not found, or you are not a member of it.";

/** A workspace, its owner's caller, and a fresh invitation with the given role. */
async function invite(role: Role = "member") {
  const fixture = await createTestWorkspace(["facilitator", "member"]);
  const { caller: owner } = await signedInCaller(fixture.owner);
  const invitation = await owner.invitation.create({
    workspaceId: fixture.workspace.id,
    role,
    expiresInHours: 48,
  });
  return { ...fixture, ownerCaller: owner, invitation };
}

async function accept(user: TestUser, token: string) {
  const { caller } = await signedInCaller(user);
  return caller.invitation.accept({ token });
}

function membershipOf(workspaceId: string, user: TestUser) {
  return testPrisma().membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId: user.id } },
    select: { role: true },
  });
}

describe("invitation router", () => {
  it("works once: preview, then accept gives exactly the invited role", async () => {
    const { workspace, ownerCaller, invitation } = await invite("facilitator");
    const anonymous = await signedOutCaller();
    expect(await anonymous.invitation.preview({ token: invitation.token })).toMatchObject({
      workspaceName: workspace.name,
      role: "facilitator",
      status: "pending",
    });

    const joiner = await createTestUser("joiner");
    expect(await accept(joiner, invitation.token)).toEqual({
      workspaceSlug: workspace.slug,
      role: "facilitator",
    });
    const { caller: joined } = await signedInCaller(joiner);
    expect((await joined.workspace.get({ slug: workspace.slug })).role).toBe("facilitator");

    const latecomer = await createTestUser("latecomer");
    await expectTrpcError(
      accept(latecomer, invitation.token),
      "CONFLICT",
      "This invitation has already been used.",
    );
    expect(await membershipOf(workspace.id, latecomer)).toBeNull();
    expect(await anonymous.invitation.preview({ token: invitation.token })).toMatchObject({
      status: "accepted",
    });
    expect(await ownerCaller.invitation.list({ workspaceId: workspace.id })).toEqual([
      expect.objectContaining({
        id: invitation.id,
        status: "accepted",
        acceptedBy: { displayName: "joiner" },
      }),
    ]);
  });

  it("refuses an expired invitation", async () => {
    const { workspace, invitation } = await invite();
    await testPrisma().invitation.update({
      where: { id: invitation.id },
      data: { expiresAt: new Date(Date.now() - 60_000) },
    });
    const preview = await (await signedOutCaller()).invitation.preview({ token: invitation.token });
    expect(preview.status).toBe("expired");
    const joiner = await createTestUser("joiner");
    await expectTrpcError(
      accept(joiner, invitation.token),
      "CONFLICT",
      "This invitation has expired.",
    );
    expect(await membershipOf(workspace.id, joiner)).toBeNull();
  });

  it("refuses a withdrawn invitation, which cannot be withdrawn twice", async () => {
    const { workspace, ownerCaller, invitation } = await invite();
    await ownerCaller.invitation.revoke({ workspaceId: workspace.id, invitationId: invitation.id });
    const preview = await (await signedOutCaller()).invitation.preview({ token: invitation.token });
    expect(preview.status).toBe("revoked");

    const joiner = await createTestUser("joiner");
    await expectTrpcError(
      accept(joiner, invitation.token),
      "CONFLICT",
      "This invitation was withdrawn.",
    );
    expect(await membershipOf(workspace.id, joiner)).toBeNull();
    await expectTrpcError(
      ownerCaller.invitation.revoke({ workspaceId: workspace.id, invitationId: invitation.id }),
      "NOT_FOUND",
      "No open invitation with that id in this workspace.",
    );
  });

  it("does not let one workspace's owner withdraw another workspace's invitation", async () => {
    const { invitation } = await invite();
    const other = await createTestWorkspace();
    const { caller } = await signedInCaller(other.owner);
    await expectTrpcError(
      caller.invitation.revoke({ workspaceId: other.workspace.id, invitationId: invitation.id }),
      "NOT_FOUND",
    );
    const preview = await (await signedOutCaller()).invitation.preview({ token: invitation.token });
    expect(preview.status).toBe("pending");
  });

  it("lets an owner invite an owner, but not a facilitator", async () => {
    const { workspace, members, ownerCaller } = await invite();
    const { caller: facilitator } = await signedInCaller(members.facilitator!);
    const before = await testPrisma().invitation.count({ where: { workspaceId: workspace.id } });
    await expectTrpcError(
      facilitator.invitation.create({
        workspaceId: workspace.id,
        role: "owner",
        expiresInHours: 24,
      }),
      "FORBIDDEN",
      "Only an owner can invite another owner.",
    );
    expect(await testPrisma().invitation.count({ where: { workspaceId: workspace.id } })).toBe(
      before,
    );

    const fromFacilitator = await facilitator.invitation.create({
      workspaceId: workspace.id,
      role: "facilitator",
      expiresInHours: 24,
    });
    expect(fromFacilitator.role).toBe("facilitator");
    const ownerInvite = await ownerCaller.invitation.create({
      workspaceId: workspace.id,
      role: "owner",
      expiresInHours: 24,
    });
    const newOwner = await createTestUser("new-owner");
    await accept(newOwner, ownerInvite.token);
    expect(await membershipOf(workspace.id, newOwner)).toEqual({ role: "owner" });
  });

  it("refuses an invitation lasting under an hour", async () => {
    const { workspace, ownerCaller } = await invite();
    await expectTrpcError(
      ownerCaller.invitation.create({
        workspaceId: workspace.id,
        role: "member",
        expiresInHours: 0,
      }),
      "BAD_REQUEST",
      "An invitation must last at least an hour.",
    );
  });

  it("stores only the SHA-256 hash of the token, and never lists either", async () => {
    const { workspace, ownerCaller, invitation } = await invite();
    expect(invitation.token).toMatch(/^[a-z2-7]{32}$/);
    const row = await testPrisma().invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(invitation.token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(invitation.token);

    const listed = JSON.stringify(await ownerCaller.invitation.list({ workspaceId: workspace.id }));
    expect(listed).not.toContain(invitation.token);
    expect(listed).not.toContain(row.tokenHash);
  });

  it("refuses a member accepting an invitation to their own workspace, leaving it usable", async () => {
    const { workspace, members, invitation } = await invite("observer");
    await expectTrpcError(
      accept(members.member!, invitation.token),
      "CONFLICT",
      "You are already a member of this workspace.",
    );
    expect(await membershipOf(workspace.id, members.member!)).toEqual({ role: "member" });
    const preview = await (await signedOutCaller()).invitation.preview({ token: invitation.token });
    expect(preview.status).toBe("pending");
  });

  it("says a mistyped link is not valid, and asks a signed-out person to sign in", async () => {
    const { invitation } = await invite();
    const anonymous = await signedOutCaller();
    const wrong = `${invitation.token.slice(0, -1)}${invitation.token.endsWith("a") ? "b" : "a"}`;
    await expectTrpcError(anonymous.invitation.preview({ token: wrong }), "NOT_FOUND", "not valid");
    await expectTrpcError(accept(await createTestUser(), wrong), "NOT_FOUND", "not valid");
    await expectTrpcError(anonymous.invitation.accept({ token: invitation.token }), "UNAUTHORIZED");
  });

  it("lets exactly one of several people racing for the same link join", async () => {
    for (let round = 0; round < 3; round++) {
      const { workspace, invitation } = await invite("member");
      const racers = await Promise.all([1, 2, 3].map((n) => createTestUser(`racer-${n}`)));
      const callers = await Promise.all(racers.map((racer) => signedInCaller(racer)));
      const outcomes = await Promise.allSettled(
        callers.map(({ caller }) => caller.invitation.accept({ token: invitation.token })),
      );

      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      for (const outcome of outcomes) {
        if (outcome.status === "rejected") {
          expect(outcome.reason).toMatchObject({
            code: "CONFLICT",
            message: expect.stringContaining("already been used"),
          });
        }
      }
      const joined = await testPrisma().membership.count({
        where: { workspaceId: workspace.id, userId: { in: racers.map((r) => r.id) } },
      });
      expect(joined).toBe(1);
    }
  });

  it("joins once when one person accepts two links to the same workspace at once", async () => {
    for (let round = 0; round < 3; round++) {
      const { workspace, ownerCaller } = await invite();
      const links = await Promise.all(
        (["member", "observer"] as const).map((role) =>
          ownerCaller.invitation.create({ workspaceId: workspace.id, role, expiresInHours: 1 }),
        ),
      );
      const joiner = await createTestUser("double-click");
      const { caller } = await signedInCaller(joiner);
      const outcomes = await Promise.allSettled(
        links.map(({ token }) => caller.invitation.accept({ token })),
      );
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      expect(outcomes.find((o) => o.status === "rejected")?.reason).toMatchObject({
        code: "CONFLICT",
        message: expect.stringMatching(
          /^You are already an? (member|observer) of this workspace\.$/,
        ),
      });
    }
  });

  it("does not let a non-member see the workspace just by previewing its link", async () => {
    const { workspace, invitation } = await invite();
    const stranger = await createTestUser("stranger");
    const { caller } = await signedInCaller(stranger);
    await caller.invitation.preview({ token: invitation.token });
    await expectTrpcError(
      caller.workspace.get({ slug: workspace.slug }),
      "NOT_FOUND",
      NOT_A_MEMBER,
    );
  });
});
