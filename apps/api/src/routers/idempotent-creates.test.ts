// A double click or a retried request creates one thing: every create takes
// an idempotency key, and a repeat with the same key returns the first result.
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { expectTrpcError } from "../test/assertions.ts";
import { createDebateTeam, openDebate, post } from "../test/debate-fixtures.ts";
import { createTestUser, signedInCaller, testPrisma } from "../test/harness.ts";
import { inMinutes } from "../test/proposal-fixtures.ts";

const key = () => crypto.randomUUID();
const SENT_WITH_OTHER_CONTENT = /already sent with different content/;

describe("idempotent creates", () => {
  it("two concurrent claim posts with one key create one claim and answer the same", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const input = { debateId, kind: "position" as const, targetId: null, body: "Pilot first" };
    const idempotencyKey = key();
    const [a, b] = await Promise.all([
      team.member.caller.claim.post({ ...input, idempotencyKey }),
      team.member.caller.claim.post({ ...input, idempotencyKey }),
    ]);
    expect(b).toEqual(a);
    expect(b.createdAt).toBeInstanceOf(Date);
    expect(await testPrisma().claim.count({ where: { debateId } })).toBe(1);
    const events = await testPrisma().event.count({ where: { debateId, type: "claim.posted" } });
    expect(events).toBe(1);
  });

  it("a retry after success returns the first claim; a new key posts again", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const input = { debateId, kind: "position" as const, targetId: null, body: "Same words" };
    const idempotencyKey = key();
    const first = await team.member.caller.claim.post({ ...input, idempotencyKey });
    const retry = await team.member.caller.claim.post({ ...input, idempotencyKey });
    expect(retry).toEqual(first);
    const again = await team.member.caller.claim.post({ ...input, idempotencyKey: key() });
    expect(again.id).not.toBe(first.id);
    expect(await testPrisma().claim.count({ where: { debateId } })).toBe(2);
  });

  it("a retry after the claim was edited answers with the claim as first posted", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const input = { debateId, kind: "position" as const, targetId: null, body: "As posted" };
    const idempotencyKey = key();
    const first = await team.member.caller.claim.post({ ...input, idempotencyKey });
    await team.member.caller.claim.edit({ claimId: first.id, body: "Edited later" });
    const retry = await team.member.caller.claim.post({ ...input, idempotencyKey });
    expect(retry).toEqual(first);
    expect(await testPrisma().claim.count({ where: { debateId } })).toBe(1);
  });

  it("a retry of a key stored whole (before keys named the claim) answers with it", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const input = { debateId, kind: "position" as const, targetId: null, body: "Stored whole" };
    const idempotencyKey = key();
    const first = await team.member.caller.claim.post({ ...input, idempotencyKey });
    // The form an earlier version stored: the whole answer, in superjson's form.
    await testPrisma().idempotencyKey.update({
      where: { userId_key: { userId: team.member.user.id, key: idempotencyKey } },
      data: { result: superjson.serialize(first) as never },
    });
    await testPrisma().claimRevision.updateMany({
      where: { claimId: first.id },
      data: { body: "Not what the stored answer says" },
    });
    const retry = await team.member.caller.claim.post({ ...input, idempotencyKey });
    expect(retry).toEqual(first);
  });

  it("refuses a key reused with other content, and stores nothing", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const idempotencyKey = key();
    const base = { debateId, kind: "position" as const, targetId: null, idempotencyKey };
    await team.member.caller.claim.post({ ...base, body: "First" });
    await expectTrpcError(
      team.member.caller.claim.post({ ...base, body: "Second" }),
      "CONFLICT",
      SENT_WITH_OTHER_CONTENT,
    );
    expect(await testPrisma().claim.count({ where: { debateId } })).toBe(1);
  });

  it("keys are per person: another person's same key creates their own claim", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const input = { debateId, kind: "position" as const, targetId: null, body: "Same" };
    const idempotencyKey = key();
    const mine = await team.member.caller.claim.post({ ...input, idempotencyKey });
    const theirs = await team.facilitator.caller.claim.post({ ...input, idempotencyKey });
    expect(theirs.id).not.toBe(mine.id);
  });

  it("a failed create keeps no key: the corrected retry goes through", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const idempotencyKey = key();
    const missing = crypto.randomUUID();
    await expectTrpcError(
      team.member.caller.claim.post({
        debateId,
        kind: "objection",
        targetId: missing,
        body: "x",
        idempotencyKey,
      }),
      "BAD_REQUEST",
      "The target claim does not exist.",
    );
    const target = await post(team.member.caller, debateId, "position", null);
    const posted = await team.member.caller.claim.post({
      debateId,
      kind: "objection",
      targetId: target.id,
      body: "x",
      idempotencyKey,
    });
    expect(posted.targetId).toBe(target.id);
  });

  it("two concurrent workspace creates with one key create one workspace", async () => {
    const user = await createTestUser("double-clicker");
    const { caller } = await signedInCaller(user);
    const input = { name: `Twice ${key().slice(0, 6)}`, idempotencyKey: key() };
    const [a, b] = await Promise.all([
      caller.workspace.create(input),
      caller.workspace.create(input),
    ]);
    expect(b).toEqual(a);
    expect(await testPrisma().membership.count({ where: { userId: user.id } })).toBe(1);
  });

  it("debates, proposals and decisions are created once per key", async () => {
    const team = await createDebateTeam();
    const f = team.facilitator.caller;
    const debateInput = {
      workspaceId: team.workspace.id,
      question: "Once?",
      idempotencyKey: key(),
    };
    const [d1, d2] = await Promise.all([
      f.debate.create(debateInput),
      f.debate.create(debateInput),
    ]);
    expect(d2.id).toBe(d1.id);
    const debateId = d1.id;
    expect(await testPrisma().debate.count({ where: { workspaceId: team.workspace.id } })).toBe(1);

    const proposalInput = {
      debateId,
      title: "Pilot in March",
      method: "consent" as const,
      closesAt: inMinutes(60),
      idempotencyKey: key(),
    };
    const [p1, p2] = await Promise.all([
      f.proposal.create(proposalInput),
      f.proposal.create(proposalInput),
    ]);
    expect(p2).toEqual(p1);
    expect(await testPrisma().proposal.count({ where: { debateId } })).toBe(1);

    const decisionInput = {
      debateId,
      outcome: "We pilot in March",
      ownerId: team.facilitator.user.id,
      idempotencyKey: key(),
    };
    const [r1, r2] = await Promise.all([
      f.decision.record(decisionInput),
      f.decision.record(decisionInput),
    ]);
    expect(r2).toEqual(r1);
    expect(await testPrisma().decision.count({ where: { debateId } })).toBe(1);
  });

  it("a key used for one kind of create is refused for another", async () => {
    const team = await createDebateTeam();
    const f = team.facilitator.caller;
    const idempotencyKey = key();
    const debate = await f.debate.create({
      workspaceId: team.workspace.id,
      question: "First use",
      idempotencyKey,
    });
    await expectTrpcError(
      f.claim.post({
        debateId: debate.id,
        kind: "position",
        targetId: null,
        body: "b",
        idempotencyKey,
      }),
      "CONFLICT",
      SENT_WITH_OTHER_CONTENT,
    );
  });
});
