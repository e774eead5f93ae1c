// The shared runner behind the all-procedures permission walk: one fixture
// with every kind of outsider (signed out, stranger, other workspace, removed
// member, guest of this debate, guest of another debate) and ids from another
// debate and another workspace, and the checks every procedure gets from its
// row. Refusals change nothing, so one fixture serves every refusal.
import { expect } from "vitest";
import type { Role } from "../domain/roles.ts";
import { expectTrpcError, type TestCaller } from "./assertions.ts";
import { addPerson, createDebateTeam, openDebate, post } from "./debate-fixtures.ts";
import {
  createTestUser,
  createTestWorkspace,
  signedInCaller,
  signedOutCaller,
  testPrisma,
} from "./harness.ts";
import { openProposal, workspaceRows } from "./proposal-fixtures.ts";
import { joinAsGuest } from "./workshop-fixtures.ts";

/** A debate with a claim, an objection, an open proposal and a decision. */
async function debateWithRecord(
  caller: TestCaller,
  memberCaller: TestCaller,
  workspaceId: string,
  ownerId: string,
) {
  const debateId = await openDebate(caller, workspaceId);
  const position = await post(memberCaller, debateId, "position", null, "Open on Fridays");
  const objection = await post(caller, debateId, "objection", position.id, "Nobody comes");
  const proposal = await openProposal(caller, debateId, { method: "consent" });
  const decision = await caller.decision.record({
    debateId,
    outcome: "We open on Fridays",
    ownerId,
    dispositions: [{ claimId: objection.id, disposition: "accepted_risk" }],
  });
  return { debateId, position, objection, proposal, decisionId: decision.id };
}

export async function arrangeWalk() {
  const team = await createDebateTeam();
  const f = team.facilitator.caller;
  const here = await debateWithRecord(
    f,
    team.member.caller,
    team.workspace.id,
    team.member.user.id,
  );
  const code = (await f.workshop.openJoinCode({ debateId: here.debateId, role: "member" })).code;
  const guest = await joinAsGuest(code, "Guest Here");
  // Another debate of the same workspace, with its own guest.
  const next = await debateWithRecord(
    f,
    team.member.caller,
    team.workspace.id,
    team.member.user.id,
  );
  const nextCode = (await f.workshop.openJoinCode({ debateId: next.debateId, role: "member" }))
    .code;
  const otherGuest = await joinAsGuest(nextCode, "Guest Elsewhere");
  const removed = await addPerson(team.workspace.id, "member", "removed");
  await testPrisma().membership.delete({
    where: { workspaceId_userId: { workspaceId: team.workspace.id, userId: removed.user.id } },
  });
  const invitation = await f.invitation.create({
    workspaceId: team.workspace.id,
    role: "member",
    expiresInHours: 72,
  });
  // Another workspace, whose ids an owner of this one passes in.
  const other = await createDebateTeam();
  const away = await debateWithRecord(
    other.facilitator.caller,
    other.member.caller,
    other.workspace.id,
    other.member.user.id,
  );
  const awaySession = await testPrisma().session.findFirstOrThrow({
    where: { userId: other.member.user.id },
    select: { publicId: true },
  });
  return {
    ...team,
    here,
    next,
    guest,
    otherGuest,
    removed,
    invitationId: (invitation as { id: string }).id,
    other: { ...other, ...away, sessionId: awaySession.publicId },
  };
}

export type WalkFixture = Awaited<ReturnType<typeof arrangeWalk>>;

export type Scope = "workspace" | "debate" | "claim" | "decision";

/**
 * Who a procedure admits: anyone; any session (guests included); people with
 * an account; or at least `minimum` in the workspace of the `scope` the input
 * names (a guest counts with their grant's role, in their debate only).
 */
export type Access =
  | { kind: "public" }
  | { kind: "session" }
  | { kind: "account" }
  | { kind: "scoped"; scope: Scope; minimum: Role };

export type WalkRow = {
  access: Access;
  call: (caller: TestCaller, f: WalkFixture) => Promise<unknown>;
  /**
   * The same call by the workspace's owner with an id from another debate or
   * workspace in one of its inputs: refused, and nothing changes anywhere.
   */
  foreign?: Record<string, (caller: TestCaller, f: WalkFixture) => Promise<unknown>>;
};

const NOT_FOUND: Record<Scope, string> = {
  workspace: "Workspace not found, or you are not a member of it.",
  debate: "Debate not found, or you are not a member of its workspace.",
  claim: "Claim not found, or you are not a member of its workspace.",
  decision: "Decision not found, or you are not a member of its workspace.",
};

const LADDER: Role[] = ["observer", "member", "facilitator", "owner"];
const an = (role: Role) => `${role === "owner" || role === "observer" ? "an" : "a"} ${role}`;

/** The refusals a row promises, each as [who, caller, code, message]. */
export async function refusalsFor(row: WalkRow, f: WalkFixture) {
  type Refusal = [string, TestCaller, "UNAUTHORIZED" | "NOT_FOUND" | "FORBIDDEN", string | RegExp];
  const refusals: Refusal[] = [];
  const { access } = row;
  if (access.kind === "public") return refusals;
  refusals.push(["signed out", await signedOutCaller(), "UNAUTHORIZED", "Sign in to continue."]);
  if (access.kind === "session") return refusals;
  if (access.kind === "account") {
    const message = "Guests take part in the debate they joined; create an account to do more.";
    refusals.push(["guest of this debate", f.guest.caller, "FORBIDDEN", message]);
    return refusals;
  }
  const notFound = NOT_FOUND[access.scope];
  const stranger = (await signedInCaller(await createTestUser("stranger"))).caller;
  const elsewhere = (await signedInCaller((await createTestWorkspace()).owner)).caller;
  refusals.push(
    ["stranger", stranger, "NOT_FOUND", notFound],
    ["owner of another workspace", elsewhere, "NOT_FOUND", notFound],
    ["removed member", f.removed.caller, "NOT_FOUND", notFound],
    ["guest of another debate", f.otherGuest.caller, "NOT_FOUND", notFound],
  );
  // A guest is not a member of the workspace: workspace-wide procedures are closed to them.
  if (access.scope === "workspace") {
    refusals.push(["guest of this debate", f.guest.caller, "NOT_FOUND", notFound]);
  } else if (LADDER.indexOf(access.minimum) > LADDER.indexOf("member")) {
    const only = new RegExp(`^Only ${an(access.minimum)} or above can `);
    refusals.push(["guest of this debate (a member)", f.guest.caller, "FORBIDDEN", only]);
  }
  for (const role of LADDER.slice(0, LADDER.indexOf(access.minimum))) {
    const only = new RegExp(`^Only ${an(access.minimum)} or above can `);
    refusals.push([an(role), f[role].caller, "FORBIDDEN", only]);
  }
  return refusals;
}

/**
 * `call` starts the call only once the "before" snapshot is taken: a promise
 * made earlier could change rows first, or reject with nobody listening yet.
 */
export async function expectRefusedUnchanged(
  call: () => Promise<unknown>,
  f: WalkFixture,
  code: "UNAUTHORIZED" | "NOT_FOUND" | "FORBIDDEN",
  message: string | RegExp,
) {
  const before = await bothWorkspaces(f);
  await expectTrpcError(call(), code, message);
  expect(await bothWorkspaces(f)).toEqual(before);
}

/** An id from elsewhere is refused, whatever the words, and changes nothing in either workspace. */
export async function expectForeignRefused(call: () => Promise<unknown>, f: WalkFixture) {
  const before = await bothWorkspaces(f);
  const outcome = await call().then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  expect(outcome.ok, `succeeded with ${JSON.stringify(outcome)}`).toBe(false);
  const code = (outcome as { error: { code?: string } }).error.code;
  expect(["NOT_FOUND", "BAD_REQUEST", "FORBIDDEN", "CONFLICT"]).toContain(code);
  expect(await bothWorkspaces(f)).toEqual(before);
}

const bothWorkspaces = (f: WalkFixture) =>
  Promise.all([workspaceRows(f.workspace.id), workspaceRows(f.other.workspace.id)]);
