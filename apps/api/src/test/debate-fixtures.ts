// Helpers for debate and claim integration tests: a workspace with a signed-in
// caller per role, debates and claims made through the API, and counts read
// straight from the database to show that a refused change stored nothing.
import { expect } from "vitest";
import type { Role } from "../domain/roles.ts";
import type { TestCaller } from "./assertions.ts";
import {
  createTestUser,
  createTestWorkspace,
  signedInCaller,
  type TestUser,
  testPrisma,
} from "./harness.ts";

export type DebateRead = Awaited<ReturnType<TestCaller["debate"]["get"]>>;
export type ReadClaim = DebateRead["claims"][number];
export type ClaimKind = "position" | "support" | "objection";
export type Person = { user: TestUser; caller: TestCaller };

/** A workspace with one signed-in person per role. */
export async function createDebateTeam() {
  const { workspace, members } = await createTestWorkspace(["facilitator", "member", "observer"]);
  const people = {} as Record<Role, Person>;
  for (const role of ["owner", "facilitator", "member", "observer"] as const) {
    const user = members[role]!;
    people[role] = { user, caller: (await signedInCaller(user)).caller };
  }
  return { workspace, ...people };
}

export type DebateTeam = Awaited<ReturnType<typeof createDebateTeam>>;

/** Adds one more signed-in person with `role` to a workspace. */
export async function addPerson(workspaceId: string, role: Role, label: string): Promise<Person> {
  const user = await createTestUser(label);
  await testPrisma().membership.create({ data: { workspaceId, userId: user.id, role } });
  return { user, caller: (await signedInCaller(user)).caller };
}

/** Opens a debate as `caller` (a facilitator or owner) and returns its id. */
export async function openDebate(
  caller: TestCaller,
  workspaceId: string,
  options: { anonymous?: boolean; question?: string } = {},
): Promise<string> {
  const debate = await caller.debate.create({
    workspaceId,
    question: options.question ?? "Should we move the office to Leeds?",
    anonymous: options.anonymous ?? false,
  });
  return debate.id;
}

/** Posts a claim and returns its id and number. */
export async function post(
  caller: TestCaller,
  debateId: string,
  kind: ClaimKind,
  targetId: string | null,
  body = `${kind} ${crypto.randomUUID().slice(0, 6)}`,
): Promise<{ id: string; number: number }> {
  const claim = await caller.claim.post({ debateId, kind, targetId, body });
  return { id: claim.id, number: claim.number };
}

/** The debate as `caller` reads it, with a lookup of each claim by id. */
export async function readDebate(caller: TestCaller, debateId: string) {
  const read = await caller.debate.get({ debateId });
  const claim = (id: string): ReadClaim => {
    const found = read.claims.find((c) => c.id === id);
    if (!found) throw new Error(`claim ${id} is not in the debate read`);
    return found;
  };
  return { ...read, claim };
}

/** The label, display status and unanswered facts of one claim, for compact assertions. */
export function statusOf(claim: ReadClaim) {
  return {
    label: claim.label,
    status: claim.status,
    unanswered: claim.unanswered,
    unansweredCount: claim.unansweredCount,
  };
}

/** How many rows of each kind a debate holds, to show that a refused change stored nothing. */
export async function countRows(debateId: string) {
  const db = testPrisma();
  const [claims, links, revisions, resolutions] = await Promise.all([
    db.claim.count({ where: { debateId } }),
    db.claimLink.count({ where: { debateId } }),
    db.claimRevision.count({ where: { debateId } }),
    db.resolution.count({ where: { debateId } }),
  ]);
  return { claims, links, revisions, resolutions };
}

/** Awaits a refused change and checks that the debate's rows did not change. */
export async function expectNothingStored(debateId: string, refusal: () => Promise<unknown>) {
  const before = await countRows(debateId);
  await refusal();
  expect(await countRows(debateId)).toEqual(before);
}

/**
 * A debate with every feature the status and the exports must carry:
 * #1 position (member, edited twice), #2 position (facilitator),
 * #3 support of #1, #4 objection to #1, #5 rebuttal of #4,
 * #6 objection to #2 with an extra link to #3 (resolved out of scope, then reopened),
 * #7 and #8 objections to #2 linked to attack each other (undecided),
 * #9 objection to #1 conceded by #1's author, #10 rebuttal of #9,
 * #11 hidden objection to #4, #12 objection to #2 merged into #6, #13 withdrawn support of #2.
 */
export async function buildRichDebate(team: DebateTeam, options: { anonymous?: boolean } = {}) {
  const [f, m] = [team.facilitator.caller, team.member.caller];
  const debateId = await openDebate(f, team.workspace.id, options);
  const c1 = await post(m, debateId, "position", null, "Move: rents are half");
  await m.claim.edit({ claimId: c1.id, body: "Move: rents are about half" });
  await m.claim.edit({ claimId: c1.id, body: "Move: rents are about half, per the survey" });
  const c2 = await post(f, debateId, "position", null, "Stay: clients are here");
  const c3 = await post(m, debateId, "support", c1.id, "Survey of 40 offices");
  const c4 = await post(f, debateId, "objection", c1.id, "Moving costs eat the savings");
  const c5 = await post(m, debateId, "objection", c4.id, "Costs are repaid in a year");
  const c6 = await post(m, debateId, "objection", c2.id, "Clients meet online anyway");
  await m.claim.link({ claimId: c6.id, toId: c3.id });
  await f.claim.resolve({ claimId: c6.id, kind: "out_of_scope", note: "Later" });
  await f.claim.reopen({ claimId: c6.id });
  const c7 = await post(f, debateId, "objection", c2.id, "Leeds has clients too");
  const c8 = await post(m, debateId, "objection", c2.id, "Not our kind of clients");
  await f.claim.link({ claimId: c7.id, toId: c8.id });
  await m.claim.link({ claimId: c8.id, toId: c7.id });
  const c9 = await post(f, debateId, "objection", c1.id, "Two people would quit");
  await m.claim.resolve({ claimId: c9.id, kind: "conceded", note: "True" });
  const c10 = await post(f, debateId, "objection", c9.id, "They said they might stay");
  const c11 = await post(m, debateId, "objection", c4.id, "Rude remark");
  await f.claim.hide({ claimId: c11.id });
  const c12 = await post(f, debateId, "objection", c2.id, "Clients meet online");
  await f.claim.merge({ claimId: c12.id, intoId: c6.id });
  const c13 = await post(m, debateId, "support", c2.id, "Our lease is cheap");
  await m.claim.withdraw({ claimId: c13.id });
  const claims = { c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13 };
  return { debateId, claims };
}

/** A debate read keyed by claim number, with ids replaced by numbers, to compare two debates. */
export function describeByNumber(read: DebateRead) {
  const numberOf = new Map(read.claims.map((c) => [c.id, c.number]));
  const num = (id: string | null) => (id === null ? null : numberOf.get(id));
  return {
    claims: read.claims.map((c) => ({
      number: c.number,
      kind: c.kind,
      isRebuttal: c.isRebuttal,
      target: num(c.targetId),
      links: c.linkedTargetIds.map(num).sort(),
      body: c.body,
      moderation: c.moderation,
      mergedInto: num(c.mergedIntoId),
      revisionCount: c.revisionCount,
      label: c.label,
      status: c.status,
      unanswered: c.unanswered,
      unansweredCount: c.unansweredCount,
      resolution: c.resolution && {
        kind: c.resolution.kind,
        note: c.resolution.note,
        duplicateOf: num(c.resolution.duplicateOfId),
      },
    })),
    unanswered: read.unansweredObjectionIds.map(num),
    counts: read.counts,
  };
}

/**
 * A debate whose claims give every debate.* and claim.* procedure something to act on:
 * #1 position (member), #2 objection to #1 (facilitator), #3 rebuttal of #2
 * (member), #4 position (owner), #5 objection to #1 (member) linked to #4,
 * #6 objection to #1 resolved out of scope, #7 hidden objection to #4,
 * #8 objection to #1 (facilitator), a duplicate of #2; the member's vote on #4.
 * Plus an archived debate.
 */
export async function arrangeEveryProcedure() {
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
  await m.claim.vote({ claimId: p4.id, agreement: "disagree" });
  const archivedId = await openDebate(o, team.workspace.id, { question: "An archived debate" });
  await o.debate.archive({ debateId: archivedId });
  const ids = { p1: p1.id, o2: o2.id, r3: r3.id, p4: p4.id, o5: o5.id, o6: o6.id, o7: o7.id };
  return { ...team, other, debateId, archivedId, ids: { ...ids, o8: o8.id } };
}

export type EveryProcedureFixture = Awaited<ReturnType<typeof arrangeEveryProcedure>>;

/** Everything debate and claim procedures could change in a workspace, to show a refusal changed nothing. */
export function snapshotWorkspace(workspaceId: string) {
  const db = testPrisma();
  const where = { workspaceId };
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
    db.claimVote.findMany({ where, orderBy: byId, select: { agreement: true, impact: true } }),
  ]);
}

/** A file to import: one position and one objection to it. */
export const smallDebateDocument = (question: string) => ({
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

/**
 * A debate with one of each thing a whole read returns: a position, an
 * objection, a rebuttal linked to the position too, an edit, a vote and a
 * resolution. Claims #1, #2, #3 in that order.
 */
export async function debateWithEverything() {
  const team = await createDebateTeam();
  const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
  const position = await post(team.member.caller, debateId, "position", null);
  const objection = await post(team.member.caller, debateId, "objection", position.id);
  const rebuttal = await post(team.facilitator.caller, debateId, "objection", objection.id);
  await team.facilitator.caller.claim.link({ claimId: rebuttal.id, toId: position.id });
  await team.member.caller.claim.edit({ claimId: position.id, body: "Version 2" });
  await team.member.caller.claim.vote({ claimId: objection.id, agreement: "agree", impact: 2 });
  await team.facilitator.caller.claim.resolve({ claimId: rebuttal.id, kind: "out_of_scope" });
  return { team, debateId, position, objection, rebuttal };
}
