// Helpers for vote, proposal and decision integration tests: many voters made
// fast, proposals that close a minute ahead, closing and reading them back,
// (the runner behind the permission tables is test/permission-table.ts).
import { expect } from "vitest";
import { newSessionTimes } from "../auth/session-policy.ts";
import { generateSecretToken, hashToken } from "../auth/session-token.ts";
import type { Role } from "../domain/roles.ts";
import type { TallyWithTurnout } from "../domain/voting/index.ts";
import type { TestCaller } from "./assertions.ts";
import type { Person } from "./debate-fixtures.ts";
import { callerWithToken, createTestUser, testPrisma, uniqueEmail } from "./harness.ts";

export type ProposalInput = Parameters<TestCaller["proposal"]["create"]>[0];
export type BallotInput = Parameters<TestCaller["proposal"]["vote"]>[0]["ballot"];
export type ProposalEntry = Awaited<ReturnType<TestCaller["proposal"]["list"]>>[number];

/** A moment `minutes` from now (negative for the past). */
export const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000);

/**
 * `count` members of a workspace, each signed in, made with a few bulk inserts
 * (one shared password hash, sessions written directly) instead of one
 * argon2 hash and several round trips per person.
 */
export async function addManyPeople(
  workspaceId: string,
  count: number,
  role: Role = "member",
): Promise<Person[]> {
  const db = testPrisma();
  const { passwordHash } = await db.user.findUniqueOrThrow({
    where: { id: (await createTestUser("hash-donor")).id },
    select: { passwordHash: true },
  });
  const users = Array.from({ length: count }, (_, i) => ({
    id: crypto.randomUUID(),
    email: uniqueEmail(`voter${i}`),
    displayName: `Voter ${i + 1}`,
    isGuest: false,
  }));
  await db.user.createMany({ data: users.map((u) => ({ ...u, passwordHash })) });
  await db.membership.createMany({
    data: users.map((u) => ({ workspaceId, userId: u.id, role })),
  });
  const tokens = users.map(() => generateSecretToken());
  const times = newSessionTimes(new Date());
  await db.session.createMany({
    data: users.map((u, i) => ({ tokenHash: hashToken(tokens[i]!), userId: u.id, ...times })),
  });
  const callers = await Promise.all(tokens.map((token) => callerWithToken(token)));
  return users.map((user, i) => ({ user, caller: callers[i]!.caller }));
}

/** Puts a proposal to the group as `caller`, closing a minute from now unless told otherwise. */
export async function openProposal(
  caller: TestCaller,
  debateId: string,
  input: Partial<Omit<ProposalInput, "debateId">> & Pick<ProposalInput, "method">,
) {
  return caller.proposal.create({
    debateId,
    title: `Proposal ${crypto.randomUUID().slice(0, 6)}`,
    closesAt: inMinutes(1),
    ...input,
  });
}

/** One proposal as `caller` sees it in proposal.list. */
export async function listEntry(
  caller: TestCaller,
  debateId: string,
  proposalId: string,
): Promise<ProposalEntry> {
  const entry = (await caller.proposal.list({ debateId })).find((p) => p.id === proposalId);
  if (!entry) throw new Error(`proposal ${proposalId} is not in the list`);
  return entry;
}

/** Closes a proposal early as `facilitator` and returns its list entry with the kept tally. */
export async function closeAndRead(facilitator: TestCaller, debateId: string, proposalId: string) {
  await facilitator.proposal.close({ debateId, proposalId });
  const entry = await listEntry(facilitator, debateId, proposalId);
  expect(entry.status).toBe("closed");
  return { ...entry, tally: entry.tally as TallyWithTurnout | null };
}

/** How many events of `type` were written about `subjectId`. */
export const countEvents = (subjectId: string, type: string) =>
  testPrisma().event.count({ where: { subjectId, type } });

/** Everything a procedure of these routers could change in a workspace. */
export function workspaceRows(workspaceId: string) {
  const db = testPrisma();
  const where = { workspaceId };
  const byId = { id: "asc" } as const;
  return Promise.all([
    db.event.count({ where }),
    db.debate.findMany({ where, orderBy: byId, select: { phase: true, membersMayPropose: true } }),
    db.claim.findMany({ where, orderBy: byId, select: { id: true, body: true, moderation: true } }),
    db.claimLink.count({ where }),
    db.claimVote.findMany({
      where,
      orderBy: byId,
      select: { userId: true, claimId: true, agreement: true, impact: true },
    }),
    db.proposal.findMany({ where, orderBy: byId, select: { closedAt: true, result: true } }),
    db.ballot.findMany({ where, orderBy: byId, select: { userId: true, choice: true } }),
    db.decision.count({ where }),
  ]);
}
