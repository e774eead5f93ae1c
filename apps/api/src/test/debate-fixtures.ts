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
