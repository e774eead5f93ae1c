// Who may call each debate.* and claim.* procedure, from one table: signed-out
// callers are refused, strangers and members of other workspaces learn nothing
// (NOT_FOUND), every role below the minimum is forbidden, authorship rules
// refuse a member who is not the author, and the minimum role gets its way.
import { expect, it } from "vitest";
import {
  arrangeEveryProcedure,
  type EveryProcedureFixture,
  smallDebateDocument,
  snapshotWorkspace,
} from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";
import { describePermissionTable, type PermissionCase } from "../test/permission-table.ts";
import { claimRouter } from "./claim-router.ts";
import { debateRouter } from "./debate-router.ts";

type Fixture = EveryProcedureFixture;

/** Checks a claim's row in the database. */
const expectClaim = async (id: string, fields: Record<string, unknown>) =>
  expect(await testPrisma().claim.findUniqueOrThrow({ where: { id } })).toMatchObject(fields);
const linkCount = (fromId: string, toId: string) =>
  testPrisma().claimLink.count({ where: { fromId, toId } });

type Case = PermissionCase<Fixture>;

/** Authorship rules: a member who is not the author is refused, with this message. */
const notAuthor = (message: string): Case["alsoForbidden"] => ({
  who: "a member who is not the author",
  person: (f) => f.other,
  message,
});

const TABLE: Case[] = [
  {
    procedure: "debate.list",
    minimum: "observer",
    scope: "workspace",
    call: (c, f) => c.debate.list({ workspaceId: f.workspace.id }),
    allowed: async (f, result) =>
      expect(result).toEqual([expect.objectContaining({ id: f.debateId, claimCount: 7 })]),
  },
  {
    procedure: "debate.create",
    minimum: "facilitator",
    scope: "workspace",
    call: (c, f) => c.debate.create({ workspaceId: f.workspace.id, question: "Hire a designer?" }),
    allowed: async (f, _r, actor) => {
      const where = { workspaceId: f.workspace.id, question: "Hire a designer?" };
      const made = await testPrisma().debate.findFirst({ where });
      expect(made).toMatchObject({ createdById: actor.user.id, phase: "open" });
    },
  },
  {
    procedure: "debate.get",
    minimum: "observer",
    scope: "debate",
    call: (c, f) => c.debate.get({ debateId: f.debateId }),
    allowed: async (f, result) =>
      expect(result).toMatchObject({
        debate: { id: f.debateId, viewerRole: "observer" },
        claims: expect.arrayContaining([expect.objectContaining({ id: f.ids.o8, number: 8 })]),
      }),
  },
  {
    procedure: "debate.update",
    minimum: "facilitator",
    scope: "debate",
    call: (c, f) => c.debate.update({ debateId: f.debateId, question: "Move to York?" }),
    allowed: async (f) =>
      expect(
        await testPrisma().debate.findUniqueOrThrow({ where: { id: f.debateId } }),
      ).toMatchObject({ question: "Move to York?" }),
  },
  {
    procedure: "debate.archive",
    minimum: "facilitator",
    scope: "debate",
    call: (c, f) => c.debate.archive({ debateId: f.debateId }),
    allowed: async (_f, result) => expect(result).toMatchObject({ phase: "archived" }),
  },
  {
    procedure: "debate.unarchive",
    minimum: "facilitator",
    scope: "debate",
    call: (c, f) => c.debate.unarchive({ debateId: f.archivedId }),
    allowed: async (f) =>
      expect(
        await testPrisma().debate.findUniqueOrThrow({ where: { id: f.archivedId } }),
      ).toMatchObject({ phase: "open", archivedAt: null }),
  },
  {
    procedure: "debate.exportJson",
    minimum: "observer",
    scope: "debate",
    call: (c, f) => c.debate.exportJson({ debateId: f.debateId }),
    allowed: async (_f, result) =>
      expect(result).toMatchObject({ format: "steelman.debate", claims: expect.any(Array) }),
  },
  {
    procedure: "debate.exportApx",
    minimum: "observer",
    scope: "debate",
    call: (c, f) => c.debate.exportApx({ debateId: f.debateId }),
    allowed: async (_f, result) => expect((result as { apx: string }).apx).toContain("att(c2,c1)."),
  },
  {
    procedure: "debate.exportArgdown",
    minimum: "observer",
    scope: "debate",
    call: (c, f) => c.debate.exportArgdown({ debateId: f.debateId }),
    allowed: async (_f, result) =>
      expect((result as { argdown: string }).argdown).toContain("Should we move the office"),
  },
  {
    procedure: "debate.activity",
    minimum: "observer",
    scope: "debate",
    call: async (c, f) => (await c.debate.activity({ debateId: f.debateId })).events,
    allowed: async (f, result) =>
      expect(result).toContainEqual(
        expect.objectContaining({ type: "claim.posted", subjectId: f.ids.p1 }),
      ),
  },
  {
    procedure: "debate.timeline",
    minimum: "observer",
    scope: "debate",
    call: (c, f) => c.debate.timeline({ debateId: f.debateId }),
    allowed: async (f, result) =>
      expect(result).toContainEqual(
        expect.objectContaining({ type: "claim.posted", subjectId: f.ids.p1 }),
      ),
  },
  {
    procedure: "debate.mentionCandidates",
    minimum: "member",
    scope: "debate",
    call: (c, f) => c.debate.mentionCandidates({ debateId: f.debateId, query: "" }),
    // Names only, never the reader's own.
    allowed: async (_f, result, actor) => {
      const people = result as { id: string; displayName: string }[];
      expect(people.length).toBeGreaterThan(0);
      expect(people.map((p) => p.id)).not.toContain(actor.user.id);
      for (const person of people)
        expect(Object.keys(person).sort()).toEqual(["displayName", "id"]);
    },
  },
  {
    procedure: "debate.opinionGroups",
    minimum: "observer",
    scope: "debate",
    call: (c, f) => c.debate.opinionGroups({ debateId: f.debateId }),
    // The fixture's few votes place nobody: the reader is told so, and sees no dot.
    allowed: async (_f, result) =>
      expect(result).toMatchObject({ state: "too-few-votes", dots: [], myGroup: null }),
  },
  {
    procedure: "debate.importJson",
    minimum: "facilitator",
    scope: "workspace",
    call: (c, f) =>
      c.debate.importJson({
        workspaceId: f.workspace.id,
        document: smallDebateDocument("Imported?"),
      }),
    allowed: async (f, result) => {
      const { debateId } = result as { debateId: string };
      const made = await testPrisma().debate.findUniqueOrThrow({ where: { id: debateId } });
      expect(made).toMatchObject({ workspaceId: f.workspace.id, question: "Imported?" });
    },
  },
  {
    procedure: "debate.importArgdown",
    minimum: "facilitator",
    scope: "workspace",
    call: (c, f) =>
      c.debate.importArgdown({
        workspaceId: f.workspace.id,
        source: "# Imported from Argdown?\n\n[Position 1]: Yes\n",
      }),
    allowed: async (f, result) => {
      const { debateId } = result as { debateId: string };
      const made = await testPrisma().debate.findUniqueOrThrow({ where: { id: debateId } });
      expect(made).toMatchObject({
        workspaceId: f.workspace.id,
        question: "Imported from Argdown?",
      });
    },
  },
  {
    procedure: "claim.post",
    minimum: "member",
    scope: "debate",
    call: (c, f) =>
      c.claim.post({ debateId: f.debateId, kind: "objection", targetId: f.ids.p4, body: "Cost" }),
    allowed: (f, result, actor) =>
      expectClaim((result as { id: string }).id, {
        debateId: f.debateId,
        authorId: actor.user.id,
        body: "Cost",
      }),
  },
  {
    procedure: "claim.edit",
    minimum: "member",
    scope: "claim",
    call: (c, f) => c.claim.edit({ claimId: f.ids.r3, body: "Edited" }),
    allowed: (f) => expectClaim(f.ids.r3, { body: "Edited" }),
    alsoForbidden: notAuthor("Only the author or a facilitator can edit this claim."),
  },
  {
    procedure: "claim.withdraw",
    minimum: "member",
    scope: "claim",
    call: (c, f) => c.claim.withdraw({ claimId: f.ids.r3 }),
    allowed: (f) => expectClaim(f.ids.r3, { moderation: "withdrawn" }),
    alsoForbidden: notAuthor("Only its author can withdraw a claim."),
  },
  {
    procedure: "claim.link",
    minimum: "member",
    scope: "claim",
    call: (c, f) => c.claim.link({ claimId: f.ids.r3, toId: f.ids.o8 }),
    allowed: async (f) => expect(await linkCount(f.ids.r3, f.ids.o8)).toBe(1),
    alsoForbidden: notAuthor("Only the author or a facilitator can link this claim."),
  },
  {
    procedure: "claim.unlink",
    minimum: "member",
    scope: "claim",
    call: (c, f) => c.claim.unlink({ claimId: f.ids.o5, toId: f.ids.p4 }),
    allowed: async (f) => expect(await linkCount(f.ids.o5, f.ids.p4)).toBe(0),
    alsoForbidden: notAuthor("Only a facilitator or above can unlink other people's claims."),
  },
  {
    procedure: "claim.hide",
    minimum: "facilitator",
    scope: "claim",
    call: (c, f) => c.claim.hide({ claimId: f.ids.o8 }),
    allowed: (f) => expectClaim(f.ids.o8, { moderation: "hidden" }),
  },
  {
    procedure: "claim.restore",
    minimum: "facilitator",
    scope: "claim",
    call: (c, f) => c.claim.restore({ claimId: f.ids.o7 }),
    allowed: (f) => expectClaim(f.ids.o7, { moderation: "visible" }),
  },
  {
    procedure: "claim.merge",
    minimum: "facilitator",
    scope: "claim",
    call: (c, f) => c.claim.merge({ claimId: f.ids.o8, intoId: f.ids.o2 }),
    allowed: (f) => expectClaim(f.ids.o8, { moderation: "merged", mergedIntoId: f.ids.o2 }),
  },
  {
    procedure: "claim.resolve",
    minimum: "member",
    scope: "claim",
    call: (c, f) => c.claim.resolve({ claimId: f.ids.o2, kind: "conceded" }),
    allowed: async (f, _r, actor) =>
      expect(
        await testPrisma().resolution.findFirst({ where: { claimId: f.ids.o2, reopenedAt: null } }),
      ).toMatchObject({ kind: "conceded", resolvedById: actor.user.id }),
    alsoForbidden: notAuthor(
      "Only a facilitator, an owner, or the author of the claim it objects to can resolve an objection.",
    ),
  },
  {
    procedure: "claim.reopen",
    minimum: "member",
    scope: "claim",
    call: (c, f) => c.claim.reopen({ claimId: f.ids.o6 }),
    allowed: async (f, _r, actor) =>
      expect(
        await testPrisma().resolution.findFirstOrThrow({ where: { claimId: f.ids.o6 } }),
      ).toMatchObject({ reopenedAt: expect.any(Date), reopenedById: actor.user.id }),
    alsoForbidden: notAuthor(
      "Only a facilitator, an owner, or the author of the claim it objects to can resolve an objection.",
    ),
  },
  {
    procedure: "claim.revisions",
    minimum: "observer",
    scope: "claim",
    call: (c, f) => c.claim.revisions({ claimId: f.ids.r3 }),
    allowed: async (_f, result) =>
      expect(result).toEqual([expect.objectContaining({ revision: 1 })]),
  },
  {
    procedure: "claim.explain",
    minimum: "observer",
    scope: "claim",
    call: (c, f) => c.claim.explain({ claimId: f.ids.p1 }),
    allowed: async (_f, result) =>
      expect(result).toMatchObject({ number: 1, label: "out", reason: "attacked_by_in" }),
  },
  {
    procedure: "claim.vote",
    minimum: "member",
    scope: "claim",
    call: (c, f) => c.claim.vote({ claimId: f.ids.o2, agreement: "agree", impact: 3 }),
    allowed: async (f, _r, actor) =>
      expect(await testPrisma().claimVote.findMany({ where: { claimId: f.ids.o2 } })).toEqual([
        expect.objectContaining({ userId: actor.user.id, agreement: "agree", impact: 3 }),
      ]),
  },
  {
    procedure: "claim.unvote",
    minimum: "member",
    scope: "claim",
    call: (c, f) => c.claim.unvote({ claimId: f.ids.p4 }),
    allowed: async (f) =>
      expect(await testPrisma().claimVote.count({ where: { claimId: f.ids.p4 } })).toBe(0),
  },
];

it("has one row for every debate.* and claim.* procedure", () => {
  const procedures = [
    ...Object.keys(debateRouter._def.record).map((name) => `debate.${name}`),
    ...Object.keys(claimRouter._def.record).map((name) => `claim.${name}`),
  ];
  expect(TABLE.map((c) => c.procedure).sort()).toEqual(procedures.sort());
});

describePermissionTable(TABLE, {
  arrange: arrangeEveryProcedure,
  person: (f, role) => f[role],
  snapshot: (f) => snapshotWorkspace(f.workspace.id),
});
