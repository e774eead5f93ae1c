// Mentions: "@Name" in a claim, for people picked in the composer's list,
// tells each of them once (not the author; on an edit only those it adds);
// only members can be mentioned or see the list; in an anonymous debate the
// notification names nobody.
import { describe, expect, it } from "vitest";
import { NOT_A_MEMBER } from "../services/debates/claim-mentions.ts";
import { fanOutWorkspace } from "../services/notifications/fan-out.ts";
import { expectTrpcError } from "../test/assertions.ts";
import { createDebateTeam, openDebate, post } from "../test/debate-fixtures.ts";
import { createTestUser, testPrisma } from "../test/harness.ts";
import { arrangeWorkshop } from "../test/workshop-fixtures.ts";

async function toldOf(workspaceId: string, kind = "you_were_mentioned") {
  await fanOutWorkspace(testPrisma(), workspaceId);
  return testPrisma().notification.findMany({
    where: { workspaceId, kind },
    orderBy: { eventId: "asc" },
    select: { recipientId: true, concernsId: true },
  });
}

describe("mentions", () => {
  it("tells each picked person named in the text, once, and not the author", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const position = await post(team.owner.caller, debateId, "position", null, "Move to Leeds");
    const { observer, owner, member } = team;
    const claim = await member.caller.claim.post({
      debateId,
      kind: "objection",
      targetId: position.id,
      body: `@${observer.user.displayName} and @${owner.user.displayName} know the rents; @${member.user.displayName} too.`,
      // The facilitator was picked, then their name deleted from the text: not told.
      mentions: [observer.user.id, owner.user.id, member.user.id, team.facilitator.user.id],
    });
    expect(await toldOf(team.workspace.id)).toEqual([
      { recipientId: observer.user.id, concernsId: claim.id },
    ]);
    // The owner, mentioned and answered at once, hears it once: as the answer.
    expect(await toldOf(team.workspace.id, "objection_to_your_claim")).toEqual([
      { recipientId: owner.user.id, concernsId: claim.id },
    ]);
  });

  it("on an edit, tells only those it adds", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const { observer, facilitator, member } = team;
    const claim = await member.caller.claim.post({
      debateId,
      kind: "position",
      targetId: null,
      body: `Ask @${observer.user.displayName}`,
      mentions: [observer.user.id],
    });
    await member.caller.claim.edit({
      claimId: claim.id,
      body: `Ask @${observer.user.displayName} and @${facilitator.user.displayName}`,
      mentions: [observer.user.id, facilitator.user.id],
    });
    expect((await toldOf(team.workspace.id)).map((n) => n.recipientId)).toEqual([
      observer.user.id,
      facilitator.user.id,
    ]);
  });

  it("refuses someone outside the workspace, and stores nothing", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const stranger = await createTestUser("stranger");
    await expectTrpcError(
      team.member.caller.claim.post({
        debateId,
        kind: "position",
        targetId: null,
        body: `@${stranger.displayName} agrees`,
        mentions: [stranger.id],
      }),
      "BAD_REQUEST",
      NOT_A_MEMBER,
    );
    expect(await testPrisma().claim.count({ where: { debateId } })).toBe(0);
  });

  it("names nobody in an anonymous debate's notification", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id, {
      anonymous: true,
    });
    await team.member.caller.claim.post({
      debateId,
      kind: "position",
      targetId: null,
      body: `@${team.observer.user.displayName} should see this`,
      mentions: [team.observer.user.id],
    });
    await fanOutWorkspace(testPrisma(), team.workspace.id);
    const list = await team.observer.caller.notification.list({ limit: 10 });
    expect(list.items.map((item) => item.kind)).toContain("you_were_mentioned");
    expect(JSON.stringify(list)).not.toContain(team.member.user.displayName);
  });

  it("lists members by part of their name, never to guests", async () => {
    const { guest, debateId, owner, member } = await arrangeWorkshop();
    const part = owner.user.displayName.slice(1, 4).toUpperCase();
    const found = await member.caller.debate.mentionCandidates({ debateId, query: part });
    expect(found).toContainEqual({ id: owner.user.id, displayName: owner.user.displayName });
    await expectTrpcError(
      guest.caller.debate.mentionCandidates({ debateId, query: "" }),
      "FORBIDDEN",
      "Guests cannot mention people: the workspace's member list is for its members.",
    );
  });
});
