// What a restored workspace keeps beyond its rows: each debate's past (time
// travel reads it at every moment as the original did), people's
// notification settings and reminder stamps; and what it must not do: tell
// everyone again about everything that ever happened in it.
import { beforeAll, describe, expect, it } from "vitest";
import { exportLines, fromArray, withoutIds } from "../../test/archive-fixtures.ts";
import { buildRichDebate, createDebateTeam, describeByNumber } from "../../test/debate-fixtures.ts";
import { testPrisma } from "../../test/harness.ts";
import { fanOutWorkspace } from "../notifications/fan-out.ts";
import { type ImportedWorkspace, importWorkspaceArchive } from "./import-workspace.ts";

async function importLines(lines: string[]): Promise<ImportedWorkspace> {
  const slug = `restored-${crypto.randomUUID().slice(0, 8)}`;
  return importWorkspaceArchive(testPrisma(), fromArray(lines), { slug });
}

async function onlyDebateOf(workspaceId: string, anonymous: boolean) {
  const debate = await testPrisma().debate.findFirstOrThrow({
    where: { workspaceId, anonymous },
    select: { id: true },
  });
  return debate.id;
}

describe("a restored workspace", () => {
  let team: Awaited<ReturnType<typeof createDebateTeam>>;
  let archive: string[];
  let restored: ImportedWorkspace;
  beforeAll(async () => {
    team = await createDebateTeam();
    await buildRichDebate(team);
    const secret = await buildRichDebate(team, { anonymous: true });
    await team.member.caller.claim.vote({ claimId: secret.claims.c4.id, agreement: "agree" });
    await team.owner.caller.claim.vote({ claimId: secret.claims.c4.id, agreement: "disagree" });
    await team.member.caller.notification.setLevel({
      workspaceId: team.workspace.id,
      level: "mine",
    });
    archive = await exportLines(team.workspace.slug);
    restored = await importLines(archive);
  });

  it("reads each debate's past at every moment as the original did", async () => {
    const owner = team.owner.caller;
    for (const anonymous of [false, true]) {
      const original = await onlyDebateOf(team.workspace.id, anonymous);
      const copy = await onlyDebateOf(restored.id, anonymous);
      const [before, after] = await Promise.all([
        owner.debate.timeline({ debateId: original }),
        owner.debate.timeline({ debateId: copy }),
      ]);
      expect(after.map((e) => e.type)).toEqual(before.map((e) => e.type));
      expect(before.length).toBeGreaterThan(15);
      for (const [i, moment] of before.entries()) {
        const at = after[i]?.id ?? "";
        const [then, thenCopy] = await Promise.all([
          owner.debate.get({ debateId: original, asOf: moment.id }),
          owner.debate.get({ debateId: copy, asOf: at }),
        ]);
        expect(withoutIds(describeByNumber(thenCopy)), `moment ${i + 1}: ${moment.type}`).toEqual(
          withoutIds(describeByNumber(then)),
        );
      }
    }
  });

  it("tells nobody again about what happened before the import", async () => {
    await fanOutWorkspace(testPrisma(), restored.id);
    const told = await testPrisma().notification.count({ where: { workspaceId: restored.id } });
    expect(told).toBe(0);
    // What happens afterwards is told as usual.
    const copy = await onlyDebateOf(restored.id, false);
    const read = await team.member.caller.debate.get({ debateId: copy });
    const memberClaim = read.claims.find((c) => c.body === "Survey of 40 offices");
    await team.owner.caller.claim.post({
      debateId: copy,
      kind: "objection",
      targetId: memberClaim?.id ?? null,
      body: "Forty offices is a small survey",
    });
    await fanOutWorkspace(testPrisma(), restored.id);
    const now = await testPrisma().notification.findMany({
      where: { workspaceId: restored.id },
      select: { recipientId: true, kind: true },
    });
    expect(now).toContainEqual({ recipientId: team.member.user.id, kind: expect.any(String) });
  });

  it("keeps notification settings, and names no voter in an anonymous debate's history", async () => {
    const setting = await testPrisma().notificationSetting.findUnique({
      where: { userId_workspaceId: { userId: team.member.user.id, workspaceId: restored.id } },
      select: { level: true },
    });
    expect(setting?.level).toBe("mine");

    const records = archive.map((line) => JSON.parse(line) as Record<string, unknown>);
    const anonymous = records.find((r) => r.t === "debate" && r.anonymous === true);
    const voteVersions = records.filter(
      (r) => r.t === "history" && r.debate === anonymous?.id && r.table === "ClaimVote",
    );
    expect(voteVersions.length).toBeGreaterThan(0);
    const people = new Set([team.member.user.id, team.owner.user.id, team.facilitator.user.id]);
    for (const version of voteVersions) {
      const row = version.row as { userId?: string } | null;
      if (row) expect(people.has(row.userId ?? "")).toBe(false);
    }
  });

  it("still imports a version 1 archive (no history): its past starts at the import", async () => {
    const v1 = archive
      .filter(
        (line) => !line.includes('"t":"history"') && !line.includes('"t":"notificationSetting"'),
      )
      .map((line, _index, all) => {
        const record = JSON.parse(line) as Record<string, unknown>;
        if (record.t === "archive") record.formatVersion = 1;
        if (record.t === "event") delete record.txid;
        if (record.t === "end") record.lines = all.length;
        return JSON.stringify(record);
      });
    const old = await importLines(v1);
    const copy = await onlyDebateOf(old.id, false);
    const original = await onlyDebateOf(team.workspace.id, false);
    const [now, nowCopy] = await Promise.all([
      team.owner.caller.debate.get({ debateId: original }),
      team.owner.caller.debate.get({ debateId: copy }),
    ]);
    expect(withoutIds(describeByNumber(nowCopy))).toEqual(withoutIds(describeByNumber(now)));
  });
});
