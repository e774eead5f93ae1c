import { createPrismaClient } from "@steelman/db";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDebateTeam, openDebate, post } from "../../test/debate-fixtures.ts";
import { createTestUser, signedInCaller, testPrisma } from "../../test/harness.ts";
import { fanOutWorkspace } from "./fan-out.ts";

// A second client stands for a second API instance with its own pool.
const otherInstance = createPrismaClient(inject("databaseUrl"), { poolSize: 5 });
afterAll(() => otherInstance.$disconnect());

function notificationsIn(workspaceId: string) {
  return testPrisma().notification.findMany({
    where: { workspaceId },
    orderBy: { eventId: "asc" },
    select: { recipientId: true, kind: true, concernsId: true, eventId: true },
  });
}

describe("notification fan-out", () => {
  it("tells a member their role changed, and an inviter that someone joined by their link", async () => {
    const team = await createDebateTeam();
    const owner = team.owner.caller;
    await owner.workspace.changeRole({
      workspaceId: team.workspace.id,
      userId: team.member.user.id,
      role: "facilitator",
    });
    const invitation = await team.facilitator.caller.invitation.create({
      workspaceId: team.workspace.id,
      role: "member",
      expiresInHours: 24,
    });
    const joiner = await createTestUser("joiner");
    await (await signedInCaller(joiner)).caller.invitation.accept({ token: invitation.token });
    await fanOutWorkspace(testPrisma(), team.workspace.id);
    const rows = await notificationsIn(team.workspace.id);
    expect(rows.map((r) => [r.recipientId, r.kind, r.concernsId])).toEqual([
      [team.member.user.id, "your_role_changed", null],
      [team.facilitator.user.id, "your_invitation_accepted", invitation.id],
    ]);
  });

  it("tells a claim's author of an objection, not the objector", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const position = await post(team.member.caller, debateId, "position", null);
    const objection = await post(team.facilitator.caller, debateId, "objection", position.id);
    await post(team.member.caller, debateId, "support", position.id); // own claim: nobody told
    await fanOutWorkspace(testPrisma(), team.workspace.id);
    const rows = await notificationsIn(team.workspace.id);
    expect(rows.map((r) => [r.recipientId, r.kind, r.concernsId])).toEqual([
      [team.member.user.id, "objection_to_your_claim", objection.id],
    ]);
  });

  it("writes each notification exactly once when two instances race", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const position = await post(team.member.caller, debateId, "position", null);
    for (let i = 0; i < 6; i += 1)
      await post(team.facilitator.caller, debateId, "objection", position.id);
    const passes = await Promise.all(
      [testPrisma(), otherInstance, testPrisma(), otherInstance].map((db) =>
        fanOutWorkspace(db, team.workspace.id),
      ),
    );
    // Run again until both are caught up: a skipped workspace is picked up later.
    await fanOutWorkspace(testPrisma(), team.workspace.id);
    await fanOutWorkspace(otherInstance, team.workspace.id);
    const rows = await notificationsIn(team.workspace.id);
    expect(rows).toHaveLength(6);
    expect(new Set(rows.map((r) => r.eventId)).size).toBe(6);
    expect(passes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(6);
  });
});
