// Who may call each debate.* and claim.* procedure, from one table: signed-out
// callers are refused, strangers and members of other workspaces learn nothing
// (NOT_FOUND), every role below the minimum is forbidden, authorship rules
// refuse a member who is not the author, and the minimum role gets its way.
import { describe, expect, it } from "vitest";
import type { Role } from "../domain/roles.ts";
import { expectTrpcError, type TestCaller } from "../test/assertions.ts";
import {
  arrangeEveryProcedure,
  type EveryProcedureFixture,
  type Person,
  smallDebateDocument,
  snapshotWorkspace,
} from "../test/debate-fixtures.ts";
import {
  createTestUser,
  createTestWorkspace,
  signedInCaller,
  signedOutCaller,
  testPrisma,
} from "../test/harness.ts";
import { claimRouter } from "./claim-router.ts";
import { debateRouter } from "./debate-router.ts";

/** Weakest first; written out here so the test does not borrow the ranking it checks. */
const LADDER: Role[] = ["observer", "member", "facilitator", "owner"];
const rolesBelow = (minimum: Role) => LADDER.slice(0, LADDER.indexOf(minimum));
const aRole = (role: Role) => `${role === "owner" || role === "observer" ? "an" : "a"} ${role}`;

type Fixture = EveryProcedureFixture;
const actorOf = (f: Fixture, role: Role): Person => f[role];
const snapshot = (f: Fixture) => snapshotWorkspace(f.workspace.id);

/** Checks a claim's row in the database. */
const expectClaim = async (id: string, fields: Record<string, unknown>) =>
  expect(await testPrisma().claim.findUniqueOrThrow({ where: { id } })).toMatchObject(fields);
const linkCount = (fromId: string, toId: string) =>
  testPrisma().claimLink.count({ where: { fromId, toId } });

type Case = {
  procedure: string;
  minimum: Role;
  /** Where access is checked: decides the NOT_FOUND message. */
  scope: "workspace" | "debate" | "claim";
  call: (caller: TestCaller, f: Fixture) => Promise<unknown>;
  /** What the caller sees, or what changed, when the call is allowed. */
  allowed: (f: Fixture, result: unknown, actor: Person) => Promise<void>;
  /** For rules beyond the role: the refusal a member who is not the author gets. */
  notAuthor?: string;
};

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
    notAuthor: "Only the author or a facilitator can edit this claim.",
  },
  {
    procedure: "claim.withdraw",
    minimum: "member",
    scope: "claim",
    call: (c, f) => c.claim.withdraw({ claimId: f.ids.r3 }),
    allowed: (f) => expectClaim(f.ids.r3, { moderation: "withdrawn" }),
    notAuthor: "Only its author can withdraw a claim.",
  },
  {
    procedure: "claim.link",
    minimum: "member",
    scope: "claim",
    call: (c, f) => c.claim.link({ claimId: f.ids.r3, toId: f.ids.o8 }),
    allowed: async (f) => expect(await linkCount(f.ids.r3, f.ids.o8)).toBe(1),
    notAuthor: "Only the author or a facilitator can link this claim.",
  },
  {
    procedure: "claim.unlink",
    minimum: "member",
    scope: "claim",
    call: (c, f) => c.claim.unlink({ claimId: f.ids.o5, toId: f.ids.p4 }),
    allowed: async (f) => expect(await linkCount(f.ids.o5, f.ids.p4)).toBe(0),
    notAuthor: "Only a facilitator or above can unlink other people's claims.",
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
    notAuthor:
      "Only a facilitator, an owner, or the author of the claim it objects to can resolve an objection.",
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
    notAuthor:
      "Only a facilitator, an owner, or the author of the claim it objects to can resolve an objection.",
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

const NOT_FOUND_MESSAGE = {
  workspace: "Workspace not found, or you are not a member of it.",
  debate: "Debate not found, or you are not a member of its workspace.",
  claim: "Claim not found, or you are not a member of its workspace.",
};

type Refusal = "UNAUTHORIZED" | "NOT_FOUND" | "FORBIDDEN";

/** Calls as `caller`, expects the refusal, and checks that nothing in the workspace changed. */
async function expectRefused(
  c: Case,
  caller: TestCaller,
  f: Fixture,
  code: Refusal,
  message: string | RegExp,
) {
  const before = await snapshot(f);
  await expectTrpcError(c.call(caller, f), code, message);
  expect(await snapshot(f)).toEqual(before);
}

describe.each(TABLE)("$procedure (at least $minimum)", (c) => {
  it("refuses a signed-out caller (UNAUTHORIZED)", async () => {
    const f = await arrangeEveryProcedure();
    await expectRefused(c, await signedOutCaller(), f, "UNAUTHORIZED", "Sign in to continue.");
  });

  it("does not reveal the debate to a signed-in stranger (NOT_FOUND)", async () => {
    const f = await arrangeEveryProcedure();
    const { caller } = await signedInCaller(await createTestUser("stranger"));
    await expectRefused(c, caller, f, "NOT_FOUND", NOT_FOUND_MESSAGE[c.scope]);
  });

  it("does not reveal the debate to the owner of another workspace (NOT_FOUND)", async () => {
    const f = await arrangeEveryProcedure();
    const { caller } = await signedInCaller((await createTestWorkspace()).owner);
    await expectRefused(c, caller, f, "NOT_FOUND", NOT_FOUND_MESSAGE[c.scope]);
  });

  for (const role of rolesBelow(c.minimum)) {
    it(`forbids ${aRole(role)} (FORBIDDEN)`, async () => {
      const f = await arrangeEveryProcedure();
      const minimum = new RegExp(`^Only ${aRole(c.minimum)} or above can `);
      await expectRefused(c, actorOf(f, role).caller, f, "FORBIDDEN", minimum);
    });
  }

  if (c.notAuthor !== undefined) {
    const message = c.notAuthor;
    it("forbids a member who is not the author (FORBIDDEN)", async () => {
      const f = await arrangeEveryProcedure();
      await expectRefused(c, f.other.caller, f, "FORBIDDEN", message);
    });
  }

  it(`lets ${aRole(c.minimum)} do it`, async () => {
    const f = await arrangeEveryProcedure();
    const actor = actorOf(f, c.minimum);
    await c.allowed(f, await c.call(actor.caller, f), actor);
  });
});
