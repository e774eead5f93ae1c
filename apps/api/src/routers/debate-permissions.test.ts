// Who may call each debate.* and claim.* procedure, from one table: signed-out
// callers are refused, strangers and members of other workspaces learn nothing
// (NOT_FOUND), every role below the minimum is forbidden, authorship rules
// refuse a member who is not the author, and the minimum role gets its way.
import { describe, expect, it } from "vitest";
import type { Role } from "../domain/roles.ts";
import { expectTrpcError, type TestCaller } from "../test/assertions.ts";
import {
  addPerson,
  createDebateTeam,
  openDebate,
  type Person,
  post,
} from "../test/debate-fixtures.ts";
import {
  createTestUser,
  createTestWorkspace,
  signedInCaller,
  signedOutCaller,
  testPrisma,
} from "../test/harness.ts";

/** Weakest first; written out here so the test does not borrow the ranking it checks. */
const LADDER: Role[] = ["observer", "member", "facilitator", "owner"];
const rolesBelow = (minimum: Role) => LADDER.slice(0, LADDER.indexOf(minimum));
const aRole = (role: Role) => `${role === "owner" || role === "observer" ? "an" : "a"} ${role}`;

type Fixture = Awaited<ReturnType<typeof arrange>>;

/**
 * A debate whose claims give every procedure something to act on:
 * #1 position (member), #2 objection to #1 (facilitator), #3 rebuttal of #2
 * (member), #4 position (owner), #5 objection to #1 (member) linked to #4,
 * #6 objection to #1 resolved out of scope, #7 hidden objection to #4,
 * #8 objection to #1 (facilitator), a duplicate of #2. Plus an archived debate.
 */
async function arrange() {
  const team = await createDebateTeam();
  const other = await addPerson(team.workspace.id, "member", "other-member");
  const [f, m, o] = [team.facilitator.caller, team.member.caller, team.owner.caller];
  const debateId = await openDebate(o, team.workspace.id);
  const p1 = await post(m, debateId, "position", null);
  const o2 = await post(f, debateId, "objection", p1.id);
  const r3 = await post(m, debateId, "objection", o2.id);
  const p4 = await post(o, debateId, "position", null);
  const o5 = await post(m, debateId, "objection", p1.id);
  await m.claim.link({ claimId: o5.id, toId: p4.id });
  const o6 = await post(f, debateId, "objection", p1.id);
  await f.claim.resolve({ claimId: o6.id, kind: "out_of_scope" });
  const o7 = await post(f, debateId, "objection", p4.id);
  await f.claim.hide({ claimId: o7.id });
  const o8 = await post(f, debateId, "objection", p1.id);
  const archivedId = await openDebate(o, team.workspace.id, { question: "An archived debate" });
  await o.debate.archive({ debateId: archivedId });
  const ids = { p1: p1.id, o2: o2.id, r3: r3.id, p4: p4.id, o5: o5.id, o6: o6.id, o7: o7.id };
  return { ...team, other, debateId, archivedId, ids: { ...ids, o8: o8.id } };
}

const actorOf = (f: Fixture, role: Role): Person => f[role];

/** Everything the procedures could change in the workspace, to show a refusal changed nothing. */
function snapshot(f: Fixture) {
  const db = testPrisma();
  const where = { workspaceId: f.workspace.id };
  const byId = { id: "asc" } as const;
  return Promise.all([
    db.debate.findMany({ where, orderBy: byId, select: { question: true, phase: true } }),
    db.claim.findMany({
      where,
      orderBy: byId,
      select: { body: true, moderation: true, targetId: true, mergedIntoId: true },
    }),
    db.claimLink.findMany({ where, orderBy: byId, select: { fromId: true, toId: true } }),
    db.claimRevision.count({ where }),
    db.resolution.findMany({ where, orderBy: byId, select: { kind: true, reopenedAt: true } }),
  ]);
}

const claimRow = (id: string) => testPrisma().claim.findUniqueOrThrow({ where: { id } });
const linkCount = (fromId: string, toId: string) =>
  testPrisma().claimLink.count({ where: { fromId, toId } });

/** A file to import: one position and one objection to it. */
const smallDocument = (question: string) => ({
  format: "steelman.debate",
  version: 1,
  exportedAt: new Date(),
  debate: { question, description: "", phase: "open", anonymous: false, createdAt: new Date() },
  claims: [
    { ref: "c1", kind: "position", target: null, body: "Yes" },
    { ref: "c2", kind: "objection", target: "c1", body: "Rent" },
  ].map((c) => ({
    ...c,
    moderation: "visible",
    mergedInto: null,
    author: null,
    createdAt: new Date(),
    revisions: [],
  })),
  links: [],
  resolutions: [],
  labels: {},
});

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
    procedure: "debate.importJson",
    minimum: "facilitator",
    scope: "workspace",
    call: (c, f) =>
      c.debate.importJson({ workspaceId: f.workspace.id, document: smallDocument("Imported?") }),
    allowed: async (f, result) => {
      const { debateId } = result as { debateId: string };
      const made = await testPrisma().debate.findUniqueOrThrow({ where: { id: debateId } });
      expect(made).toMatchObject({ workspaceId: f.workspace.id, question: "Imported?" });
    },
  },
  {
    procedure: "claim.post",
    minimum: "member",
    scope: "debate",
    call: (c, f) =>
      c.claim.post({ debateId: f.debateId, kind: "objection", targetId: f.ids.p4, body: "Cost" }),
    allowed: async (f, result, actor) =>
      expect(await claimRow((result as { id: string }).id)).toMatchObject({
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
    allowed: async (f) => expect(await claimRow(f.ids.r3)).toMatchObject({ body: "Edited" }),
    notAuthor: "Only the author or a facilitator can edit this claim.",
  },
  {
    procedure: "claim.withdraw",
    minimum: "member",
    scope: "claim",
    call: (c, f) => c.claim.withdraw({ claimId: f.ids.r3 }),
    allowed: async (f) =>
      expect(await claimRow(f.ids.r3)).toMatchObject({ moderation: "withdrawn" }),
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
    allowed: async (f) => expect(await claimRow(f.ids.o8)).toMatchObject({ moderation: "hidden" }),
  },
  {
    procedure: "claim.restore",
    minimum: "facilitator",
    scope: "claim",
    call: (c, f) => c.claim.restore({ claimId: f.ids.o7 }),
    allowed: async (f) => expect(await claimRow(f.ids.o7)).toMatchObject({ moderation: "visible" }),
  },
  {
    procedure: "claim.merge",
    minimum: "facilitator",
    scope: "claim",
    call: (c, f) => c.claim.merge({ claimId: f.ids.o8, intoId: f.ids.o2 }),
    allowed: async (f) =>
      expect(await claimRow(f.ids.o8)).toMatchObject({
        moderation: "merged",
        mergedIntoId: f.ids.o2,
      }),
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
];

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
    const f = await arrange();
    await expectRefused(c, await signedOutCaller(), f, "UNAUTHORIZED", "Sign in to continue.");
  });

  it("does not reveal the debate to a signed-in stranger (NOT_FOUND)", async () => {
    const f = await arrange();
    const { caller } = await signedInCaller(await createTestUser("stranger"));
    await expectRefused(c, caller, f, "NOT_FOUND", NOT_FOUND_MESSAGE[c.scope]);
  });

  it("does not reveal the debate to the owner of another workspace (NOT_FOUND)", async () => {
    const f = await arrange();
    const { caller } = await signedInCaller((await createTestWorkspace()).owner);
    await expectRefused(c, caller, f, "NOT_FOUND", NOT_FOUND_MESSAGE[c.scope]);
  });

  for (const role of rolesBelow(c.minimum)) {
    it(`forbids ${aRole(role)} (FORBIDDEN)`, async () => {
      const f = await arrange();
      const minimum = new RegExp(`^Only ${aRole(c.minimum)} or above can `);
      await expectRefused(c, actorOf(f, role).caller, f, "FORBIDDEN", minimum);
    });
  }

  if (c.notAuthor !== undefined) {
    const message = c.notAuthor;
    it("forbids a member who is not the author (FORBIDDEN)", async () => {
      const f = await arrange();
      await expectRefused(c, f.other.caller, f, "FORBIDDEN", message);
    });
  }

  it(`lets ${aRole(c.minimum)} do it`, async () => {
    const f = await arrange();
    const actor = actorOf(f, c.minimum);
    await c.allowed(f, await c.call(actor.caller, f), actor);
  });
});
