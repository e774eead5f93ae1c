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
  it("tells members of a recorded decision, and its owner when a premise is challenged", async () => {
    const team = await createDebateTeam();
    const f = team.facilitator.caller;
    const debateId = await openDebate(f, team.workspace.id);
    const premise = await post(team.member.caller, debateId, "position", null, "Rents are half");
    const decision = await f.decision.record({
      debateId,
      outcome: "We move",
      premiseClaimIds: [premise.id],
      ownerId: team.observer.user.id,
    });
    const challenge = await post(team.owner.caller, debateId, "objection", premise.id, "Not now");
    await fanOutWorkspace(testPrisma(), team.workspace.id);
    const rows = await notificationsIn(team.workspace.id);
    const recorded = rows.filter((r) => r.kind === "decision_recorded");
    // Everyone but the facilitator who recorded it.
    expect(recorded.map((r) => r.recipientId).sort()).toEqual(
      [team.owner.user.id, team.member.user.id, team.observer.user.id].sort(),
    );
    expect(new Set(recorded.map((r) => r.concernsId))).toEqual(new Set([decision.id]));
    expect(rows.filter((r) => r.kind === "decision_premise_challenged")).toEqual([
      expect.objectContaining({ recipientId: team.observer.user.id, concernsId: decision.id }),
    ]);
    // The premise's author hears of the objection as usual.
    expect(rows).toContainEqual(
      expect.objectContaining({
        recipientId: team.member.user.id,
        kind: "objection_to_your_claim",
        concernsId: challenge.id,
      }),
    );
  });

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
