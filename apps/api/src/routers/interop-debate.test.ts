// JSON export and import of a whole debate: a debate exported from one
// workspace and imported into another reads back the same, claim by claim
// (numbers, labels, status, the unanswered set, links, resolutions, revisions).
import { describe, expect, it } from "vitest";
import {
  addPerson,
  buildRichDebate,
  createDebateTeam,
  describeByNumber,
  post,
  readDebate,
} from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";

/** The rich debate's labels and unanswered facts, worked out by hand. */
const EXPECTED_LABELS = {
  1: "out",
  2: "out",
  3: "out",
  4: "out",
  5: "in",
  6: "in",
  7: "undecided",
  8: "undecided",
  9: "in",
  10: "in",
} as const;

describe("debate.exportJson then debate.importJson", () => {
  it("recreates the debate in another workspace with the same argument", async () => {
    const source = await createDebateTeam();
    const { debateId, claims } = await buildRichDebate(source);
    const original = await readDebate(source.observer.caller, debateId);
    const labels = Object.fromEntries(original.claims.map((c) => [c.number, c.label]));
    expect(labels).toEqual({ ...EXPECTED_LABELS, 11: null, 12: null, 13: null });
    // #5 and #10 are rebuttals (answers), never counted: #6 is the one open objection.
    expect(original.unansweredObjectionIds).toEqual([claims.c6.id]);
    expect(original.claim(claims.c9.id).status).toBe("conceded");

    const document = await source.facilitator.caller.debate.exportJson({ debateId });
    expect(document).toMatchObject({ format: "steelman.debate", version: 1 });
    expect(document.claims.map((c) => c.ref)).toEqual(
      Array.from({ length: 13 }, (_, i) => `c${i + 1}`),
    );
    expect(document.labels).toEqual(
      Object.fromEntries(Object.entries(EXPECTED_LABELS).map(([n, label]) => [`c${n}`, label])),
    );

    const target = await createDebateTeam();
    const imported = await target.facilitator.caller.debate.importJson({
      workspaceId: target.workspace.id,
      document,
    });
    expect(imported.claimCount).toBe(13);
    const copy = await readDebate(target.facilitator.caller, imported.debateId);
    expect(copy.debate).toMatchObject({
      workspaceId: target.workspace.id,
      question: original.debate.question,
    });
    const asFacilitator = await readDebate(source.facilitator.caller, debateId);
    expect(describeByNumber(copy)).toEqual(describeByNumber(asFacilitator));
    // The ids are new: nothing points back into the source workspace.
    const sourceIds = new Set(original.claims.map((c) => c.id));
    expect(copy.claims.some((c) => sourceIds.has(c.id))).toBe(false);
  });

  it("keeps revisions and numbers, and the next claim continues the numbering", async () => {
    const source = await createDebateTeam();
    const { debateId, claims } = await buildRichDebate(source);
    const document = await source.owner.caller.debate.exportJson({ debateId });
    const target = await createDebateTeam();
    const { debateId: copyId } = await target.owner.caller.debate.importJson({
      workspaceId: target.workspace.id,
      document,
    });
    const copy = await readDebate(target.member.caller, copyId);
    const copied = copy.claims.find((c) => c.number === claims.c1.number)!;
    const revisions = await target.member.caller.claim.revisions({ claimId: copied.id });
    expect(revisions.map((r) => [r.revision, r.body])).toEqual([
      [3, "Move: rents are about half, per the survey"],
      [2, "Move: rents are about half"],
      [1, "Move: rents are half"],
    ]);
    const next = await post(target.member.caller, copyId, "objection", copied.id);
    expect(next.number).toBe(14);
  });

  it("keeps authors who are members of the target workspace, and credits the rest to the importer", async () => {
    const source = await createDebateTeam();
    const { debateId, claims } = await buildRichDebate(source);
    // Emails leave the API only for owners: an owner's export keeps authors matchable.
    const document = await source.owner.caller.debate.exportJson({ debateId });
    const target = await createDebateTeam();
    await testPrisma().membership.create({
      data: { workspaceId: target.workspace.id, userId: source.member.user.id, role: "member" },
    });
    const { debateId: copyId } = await target.facilitator.caller.debate.importJson({
      workspaceId: target.workspace.id,
      document,
    });
    const copy = await readDebate(target.owner.caller, copyId);
    const authorOf = (n: number) => copy.claims.find((c) => c.number === n)?.authorId;
    expect(authorOf(claims.c1.number)).toBe(source.member.user.id);
    expect(authorOf(claims.c2.number)).toBe(target.facilitator.user.id);
    const c9 = copy.claims.find((c) => c.number === claims.c9.number);
    expect(c9?.resolution?.resolvedById).toBe(source.member.user.id);
  });
});

describe("exporting hidden claims", () => {
  it("gives the hidden text only to facilitators", async () => {
    const team = await createDebateTeam();
    const { debateId, claims } = await buildRichDebate(team);
    const hiddenRef = `c${claims.c11.number}`;
    for (const reader of [team.observer, team.member]) {
      const document = await reader.caller.debate.exportJson({ debateId });
      expect(JSON.stringify(document)).not.toContain("Rude remark");
      expect(document.claims.find((c) => c.ref === hiddenRef)).toMatchObject({
        moderation: "hidden",
        body: "(hidden by a facilitator)",
        revisions: [],
      });
    }
    const full = await team.facilitator.caller.debate.exportJson({ debateId });
    expect(full.claims.find((c) => c.ref === hiddenRef)).toMatchObject({
      body: "Rude remark",
      revisions: [expect.objectContaining({ body: "Rude remark" })],
    });
  });
});

describe("exporting an anonymous debate", () => {
  it("gives a member a file without authors, a facilitator one with names, an owner emails too", async () => {
    const team = await createDebateTeam();
    const { debateId } = await buildRichDebate(team, { anonymous: true });
    const asMember = await team.member.caller.debate.exportJson({ debateId });
    const people = [
      ...asMember.claims.map((c) => c.author),
      ...asMember.claims.flatMap((c) => c.revisions.map((r) => r.editor)),
      ...asMember.resolutions.flatMap((r) => [r.resolvedBy, r.reopenedBy]),
    ];
    expect(people.length).toBeGreaterThan(20);
    expect(people.every((p) => p === null)).toBe(true);
    expect(JSON.stringify(asMember)).not.toContain(team.member.user.email);
    expect(JSON.stringify(asMember)).not.toContain(team.facilitator.user.email);

    const asFacilitator = await team.facilitator.caller.debate.exportJson({ debateId });
    expect(asFacilitator.claims[0]?.author).toEqual({
      displayName: team.member.user.displayName,
      email: null,
    });
    const asOwner = await team.owner.caller.debate.exportJson({ debateId });
    expect(asOwner.claims[0]?.author).toEqual({
      displayName: team.member.user.displayName,
      email: team.member.user.email,
    });
  });

  it("imports a member's anonymous export with every claim credited to the importer", async () => {
    const team = await createDebateTeam();
    const { debateId } = await buildRichDebate(team, { anonymous: true });
    const document = await team.member.caller.debate.exportJson({ debateId });
    const other = await addPerson(team.workspace.id, "facilitator", "importer");
    const { debateId: copyId } = await other.caller.debate.importJson({
      workspaceId: team.workspace.id,
      document,
    });
    const copy = await readDebate(other.caller, copyId);
    expect(copy.debate.anonymous).toBe(true);
    expect(new Set(copy.claims.map((c) => c.authorId))).toEqual(new Set([other.user.id]));
    // Read both as a member: the hidden claim's text was never in the member's file.
    const copyAsMember = await readDebate(team.member.caller, copyId);
    const original = await readDebate(team.member.caller, debateId);
    expect(describeByNumber(copyAsMember)).toEqual(describeByNumber(original));
  });
});
