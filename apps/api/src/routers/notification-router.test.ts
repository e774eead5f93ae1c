import { describe, expect, it } from "vitest";
import { fanOutWorkspace } from "../services/notifications/fan-out.ts";
import { createDebateTeam, openDebate, post } from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";

async function teamWithObjections(count: number) {
  const team = await createDebateTeam();
  const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
  const position = await post(team.member.caller, debateId, "position", null);
  const objections = [];
  for (let i = 0; i < count; i += 1)
    objections.push(await post(team.facilitator.caller, debateId, "objection", position.id));
  await fanOutWorkspace(testPrisma(), team.workspace.id);
  return { team, objections };
}

describe("notification router", () => {
  it("lists newest first with cursor paging, each naming its event and claim", async () => {
    const { team, objections } = await teamWithObjections(3);
    const first = await team.member.caller.notification.list({ limit: 2 });
    expect(first.items.map((n) => n.concernsId)).toEqual([objections[2]?.id, objections[1]?.id]);
    expect(first.items[0]?.kind).toBe("objection_to_your_claim");
    expect(first.items[0]?.eventId).toMatch(/^\d+$/);
    const second = await team.member.caller.notification.list({
      limit: 2,
      cursor: first.nextCursor ?? undefined,
    });
    expect(second.items.map((n) => n.concernsId)).toEqual([objections[0]?.id]);
    expect(second.nextCursor).toBeNull();
    // The objector is not told of their own objections.
    expect((await team.facilitator.caller.notification.list({ limit: 10 })).items).toEqual([]);
  });

  it("leads each notification to its claim in the outline, as its email does", async () => {
    const { team, objections } = await teamWithObjections(1);
    const [item] = (await team.member.caller.notification.list({ limit: 5 })).items;
    const objection = await testPrisma().claim.findUniqueOrThrow({
      where: { id: objections[0]?.id ?? "" },
      select: { number: true, debateId: true },
    });
    expect(item?.href).toBe(
      `/w/${team.workspace.slug}/d/${objection.debateId}#claim-${objection.number}`,
    );
  });

  it("counts unread and marks by id or all, only one's own", async () => {
    const { team } = await teamWithObjections(3);
    expect(await team.member.caller.notification.unreadCount()).toBe(3);
    const [newest] = (await team.member.caller.notification.list({ limit: 1 })).items;
    // Someone else's ids match nothing.
    expect(
      await team.facilitator.caller.notification.markRead({ ids: [newest?.id ?? ""] }),
    ).toEqual({ marked: 0 });
    expect(await team.member.caller.notification.markRead({ ids: [newest?.id ?? ""] })).toEqual({
      marked: 1,
    });
    expect(await team.member.caller.notification.unreadCount()).toBe(2);
    expect(await team.member.caller.notification.markRead({ all: true })).toEqual({ marked: 2 });
    expect(await team.member.caller.notification.unreadCount()).toBe(0);
  });

  it("writes nothing for a person whose workspace setting is none", async () => {
    const team = await createDebateTeam();
    expect(await team.member.caller.notification.level({ workspaceId: team.workspace.id })).toEqual(
      {
        level: "all",
      },
    );
    await team.member.caller.notification.setLevel({
      workspaceId: team.workspace.id,
      level: "none",
    });
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const position = await post(team.member.caller, debateId, "position", null);
    await post(team.facilitator.caller, debateId, "objection", position.id);
    await fanOutWorkspace(testPrisma(), team.workspace.id);
    expect(await team.member.caller.notification.unreadCount()).toBe(0);
  });
});
