// Posting claims and reading the debate back: every visible claim comes with
// its label, display status and unanswered facts computed on the server, and
// they follow the argument as objections and rebuttals arrive.
import { describe, expect, it } from "vitest";
import {
  createDebateTeam,
  openDebate,
  post,
  readDebate,
  statusOf,
} from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";

const STANDS = { label: "in", status: "stands", unanswered: false, unansweredCount: 0 };
const ANSWERED = { label: "out", status: "answered", unanswered: false, unansweredCount: 0 };
// An `out` claim on the for side (a position, a support, a rebuttal of an objection).
const CHALLENGED = { label: "out", status: "challenged", unanswered: false, unansweredCount: 0 };
const OPEN_OBJECTION = { label: "in", status: "stands", unanswered: true, unansweredCount: 0 };

describe("claim.post and debate.get", () => {
  it("stores each kind with its target, author, number and first revision", async () => {
    const { workspace, facilitator, member } = await createDebateTeam();
    const debateId = await openDebate(facilitator.caller, workspace.id);
    const position = await member.caller.claim.post({
      debateId,
      kind: "position",
      body: "  Yes, rents are lower.  ",
    });
    expect(position).toMatchObject({ number: 1, kind: "position", targetId: null });
    expect(position.body).toBe("Yes, rents are lower.");
    const support = await post(member.caller, debateId, "support", position.id, "Half the cost");
    const objection = await post(facilitator.caller, debateId, "objection", position.id);
    const rebuttal = await post(member.caller, debateId, "objection", objection.id);
    const objectionToSupport = await post(facilitator.caller, debateId, "objection", support.id);
    expect([support, objection, rebuttal, objectionToSupport].map((c) => c.number)).toEqual([
      2, 3, 4, 5,
    ]);

    const read = await readDebate(member.caller, debateId);
    expect(read.claims.map((c) => c.number)).toEqual([1, 2, 3, 4, 5]);
    expect(read.claim(support.id)).toMatchObject({
      kind: "support",
      targetId: position.id,
      body: "Half the cost",
      authorId: member.user.id,
      isMine: true,
      revisionCount: 1,
      isRebuttal: false,
    });
    expect(read.claim(objection.id)).toMatchObject({ isMine: false, isRebuttal: false });
    expect(read.claim(rebuttal.id).isRebuttal).toBe(true);
    // Against a support of the position: an objection, not a rebuttal (DESIGN.md, "Sides").
    expect(read.claim(objectionToSupport.id)).toMatchObject({
      isRebuttal: false,
      role: "objection",
    });
    expect(read.counts.claims).toBe(5);
    const revisions = await testPrisma().claimRevision.findMany({ where: { debateId } });
    expect(revisions).toHaveLength(5);
    expect(revisions.find((r) => r.claimId === support.id)).toMatchObject({
      revision: 1,
      body: "Half the cost",
      editorId: member.user.id,
    });
  });

  it("follows objections and rebuttals: answered, unanswered again, and standing again", async () => {
    const { workspace, facilitator, member, observer } = await createDebateTeam();
    const debateId = await openDebate(facilitator.caller, workspace.id);
    const position = await post(member.caller, debateId, "position", null);

    let read = await readDebate(observer.caller, debateId);
    expect(statusOf(read.claim(position.id))).toEqual(STANDS);
    expect(read.unansweredObjectionIds).toEqual([]);
    expect(read.counts.unanswered).toBe(0);

    const objection = await post(facilitator.caller, debateId, "objection", position.id);
    read = await readDebate(observer.caller, debateId);
    expect(statusOf(read.claim(position.id))).toEqual({ ...CHALLENGED, unansweredCount: 1 });
    expect(statusOf(read.claim(objection.id))).toEqual(OPEN_OBJECTION);
    expect(read.unansweredObjectionIds).toEqual([objection.id]);
    expect(read.counts.unanswered).toBe(1);

    const rebuttal = await post(member.caller, debateId, "objection", objection.id);
    read = await readDebate(observer.caller, debateId);
    expect(statusOf(read.claim(position.id))).toEqual(STANDS);
    expect(statusOf(read.claim(objection.id))).toEqual(ANSWERED);
    expect(statusOf(read.claim(rebuttal.id))).toEqual(STANDS);
    expect(read.claim(rebuttal.id).isRebuttal).toBe(true);
    // The rebuttal is an answer: answering the objection lowers the count to zero.
    expect(read.unansweredObjectionIds).toEqual([]);
    expect(read.counts.unanswered).toBe(0);

    const counter = await post(facilitator.caller, debateId, "objection", rebuttal.id);
    read = await readDebate(observer.caller, debateId);
    expect(statusOf(read.claim(rebuttal.id))).toEqual(CHALLENGED);
    expect(statusOf(read.claim(objection.id))).toEqual(OPEN_OBJECTION);
    expect(read.claim(objection.id)).toMatchObject({ reopened: true, answerNextIds: [counter.id] });
    expect(statusOf(read.claim(position.id))).toEqual({ ...CHALLENGED, unansweredCount: 1 });
    // The objection reopens, counted once; the counter-rebuttal is not counted.
    expect(read.unansweredObjectionIds).toEqual([objection.id]);
    expect(read.counts.unanswered).toBe(1);
  });

  it("counts every open objection against a claim, and supports do not attack", async () => {
    const { workspace, facilitator, member } = await createDebateTeam();
    const debateId = await openDebate(facilitator.caller, workspace.id);
    const position = await post(member.caller, debateId, "position", null);
    const support = await post(member.caller, debateId, "support", position.id);
    await post(member.caller, debateId, "support", support.id);
    const first = await post(facilitator.caller, debateId, "objection", position.id);
    const second = await post(facilitator.caller, debateId, "objection", position.id);

    const read = await readDebate(member.caller, debateId);
    expect(statusOf(read.claim(support.id))).toEqual(STANDS);
    expect(statusOf(read.claim(position.id))).toEqual({ ...CHALLENGED, unansweredCount: 2 });
    expect(read.unansweredObjectionIds).toEqual([second.id, first.id]);
  });

  it("counts an extra link of an objection as an attack on the linked claim", async () => {
    const { workspace, facilitator, member } = await createDebateTeam();
    const debateId = await openDebate(facilitator.caller, workspace.id);
    const first = await post(member.caller, debateId, "position", null);
    const second = await post(member.caller, debateId, "position", null);
    const objection = await post(facilitator.caller, debateId, "objection", first.id);
    expect(statusOf((await readDebate(member.caller, debateId)).claim(second.id))).toEqual(STANDS);

    await facilitator.caller.claim.link({ claimId: objection.id, toId: second.id });
    const read = await readDebate(member.caller, debateId);
    expect(read.claim(objection.id).linkedTargetIds).toEqual([second.id]);
    expect(statusOf(read.claim(second.id))).toEqual({ ...CHALLENGED, unansweredCount: 1 });

    await facilitator.caller.claim.unlink({ claimId: objection.id, toId: second.id });
    expect(statusOf((await readDebate(member.caller, debateId)).claim(second.id))).toEqual(STANDS);
  });

  it("labels two objections linked against each other undecided, and what they attack", async () => {
    const { workspace, facilitator, member } = await createDebateTeam();
    const debateId = await openDebate(facilitator.caller, workspace.id);
    const position = await post(member.caller, debateId, "position", null);
    const a = await post(facilitator.caller, debateId, "objection", position.id);
    const b = await post(member.caller, debateId, "objection", position.id);
    await facilitator.caller.claim.link({ claimId: a.id, toId: b.id });
    await member.caller.claim.link({ claimId: b.id, toId: a.id });

    const read = await readDebate(member.caller, debateId);
    for (const id of [position.id, a.id, b.id]) {
      expect(read.claim(id)).toMatchObject({ label: "undecided", status: "undecided" });
    }
    expect(read.unansweredObjectionIds).toEqual([]);
  });
});

describe("claim.explain", () => {
  it("explains an answered position by the objection that stands against it", async () => {
    const { workspace, facilitator, member, observer } = await createDebateTeam();
    const debateId = await openDebate(facilitator.caller, workspace.id);
    const position = await post(member.caller, debateId, "position", null);
    const objection = await post(facilitator.caller, debateId, "objection", position.id, "Rent");

    const explanation = await observer.caller.claim.explain({ claimId: position.id });
    expect(explanation).toMatchObject({
      number: position.number,
      label: "out",
      reason: "attacked_by_in",
      children: [
        { number: objection.number, kind: "objection", label: "in", reason: "no_attackers" },
      ],
    });
    expect(explanation.children[0]?.excerpt).toBe("Rent");

    await post(member.caller, debateId, "objection", objection.id);
    const after = await observer.caller.claim.explain({ claimId: position.id });
    expect(after).toMatchObject({ label: "in", reason: "all_attackers_out" });
    expect(after.children.map((c) => c.number)).toEqual([objection.number]);
  });
});
