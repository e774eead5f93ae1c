// A consent block is an argument, not a bare veto: casting it posts (or
// links) an objection to the proposal's claim, which shows as unanswered;
// the block prevents consent only while that objection still stands.
import { describe, expect, it } from "vitest";
import { expectTrpcError } from "../test/assertions.ts";
import {
  countRows,
  createDebateTeam,
  openDebate,
  post,
  readDebate,
} from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";
import {
  type BallotInput,
  closeAndRead,
  countEvents,
  openProposal,
} from "../test/proposal-fixtures.ts";

type ConsentBallot = Extract<BallotInput, { method: "consent" }>;

async function arrange() {
  const team = await createDebateTeam();
  const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
  const proposal = await openProposal(team.facilitator.caller, debateId, {
    method: "consent",
    title: "Move the stand-up to 10:00",
  });
  const vote = (who: "owner" | "facilitator" | "member", ballot: Omit<ConsentBallot, "method">) =>
    team[who].caller.proposal.vote({
      debateId,
      proposalId: proposal.id,
      ballot: { method: "consent", ...ballot },
    });
  return { ...team, debateId, proposal, vote };
}

const BLOCK_REASON = "Ten o'clock clashes with the school run";

describe("a consent block", () => {
  it("posts an objection to the proposal's claim that shows as unanswered and blocks", async () => {
    const f = await arrange();
    await f.vote("owner", { choice: "agree" });
    const { objectionId } = await f.vote("member", { choice: "block", reason: BLOCK_REASON });
    expect(objectionId).toEqual(expect.any(String));
    const claim = await testPrisma().claim.findUniqueOrThrow({ where: { id: objectionId! } });
    expect(claim).toMatchObject({
      debateId: f.debateId,
      kind: "objection",
      targetId: f.proposal.claimId,
      authorId: f.member.user.id,
      body: BLOCK_REASON,
      moderation: "visible",
    });
    const ballot = await testPrisma().ballot.findFirstOrThrow({
      where: { proposalId: f.proposal.id, userId: f.member.user.id },
    });
    expect(ballot).toMatchObject({ objectionId, reason: BLOCK_REASON });
    expect(await countEvents(objectionId!, "claim.posted")).toBe(1);

    const read = await readDebate(f.observer.caller, f.debateId);
    expect(read.unansweredObjectionIds).toEqual([objectionId]);
    expect(read.claim(objectionId!)).toMatchObject({ unanswered: true, number: 2 });
    expect(read.claim(f.proposal.claimId)).toMatchObject({ label: "out", unansweredCount: 1 });

    const closed = await closeAndRead(f.facilitator.caller, f.debateId, f.proposal.id);
    expect(closed.tally).toMatchObject({
      counts: { agree: 1, abstain: 0, disagree: 0, block: 1 },
      blocksStanding: 1,
      blocksAnswered: 0,
      outcome: "blocked",
    });
  });

  it("no longer stands once its objection is rebutted: the proposal is consented", async () => {
    const f = await arrange();
    await f.vote("owner", { choice: "agree" });
    const { objectionId } = await f.vote("member", { choice: "block", reason: BLOCK_REASON });
    const rebuttal = await post(
      f.facilitator.caller,
      f.debateId,
      "objection",
      objectionId!,
      "School starts at 8:45; there is time",
    );
    const read = await readDebate(f.member.caller, f.debateId);
    expect(read.claim(objectionId!)).toMatchObject({ label: "out", unanswered: false });
    expect(read.claim(rebuttal.id)).toMatchObject({ role: "rebuttal", unanswered: false });
    expect(read.unansweredObjectionIds).toEqual([]);

    const closed = await closeAndRead(f.facilitator.caller, f.debateId, f.proposal.id);
    expect(closed.tally).toMatchObject({
      counts: { agree: 1, block: 1 },
      blocksStanding: 0,
      blocksAnswered: 1,
      outcome: "consented",
    });
  });

  it("stands again when the rebuttal of its objection is itself rebutted", async () => {
    const f = await arrange();
    const { objectionId } = await f.vote("member", { choice: "block", reason: BLOCK_REASON });
    const rebuttal = await post(f.facilitator.caller, f.debateId, "objection", objectionId!);
    await post(f.member.caller, f.debateId, "objection", rebuttal.id, "Not for the 8:30 school");
    const closed = await closeAndRead(f.facilitator.caller, f.debateId, f.proposal.id);
    expect(closed.tally).toMatchObject({ blocksStanding: 1, outcome: "blocked" });
  });

  it("may point to an existing objection, which is then linked to the proposal's claim", async () => {
    const f = await arrange();
    const position = await post(f.owner.caller, f.debateId, "position", null, "Keep 9:00");
    // Linking moves a claim: the rule of linking (its author or a facilitator) applies.
    const existing = await post(f.member.caller, f.debateId, "objection", position.id);
    const before = await countRows(f.debateId);
    const { objectionId } = await f.vote("member", {
      choice: "block",
      reason: "See the objection already made",
      existingObjectionId: existing.id,
    });
    expect(objectionId).toBe(existing.id);
    expect(await countRows(f.debateId)).toEqual({ ...before, links: before.links + 1 });
    const link = await testPrisma().claimLink.findFirstOrThrow({ where: { fromId: existing.id } });
    expect(link).toMatchObject({ toId: f.proposal.claimId, createdById: f.member.user.id });

    const read = await readDebate(f.member.caller, f.debateId);
    expect(read.claim(existing.id).linkedTargetIds).toEqual([f.proposal.claimId]);
    expect(read.claim(f.proposal.claimId).label).toBe("out");
    const closed = await closeAndRead(f.facilitator.caller, f.debateId, f.proposal.id);
    expect(closed.tally).toMatchObject({ blocksStanding: 1, outcome: "blocked" });
  });

  it("adds no link when the existing objection already targets the proposal's claim", async () => {
    const f = await arrange();
    const existing = await post(f.owner.caller, f.debateId, "objection", f.proposal.claimId);
    const before = await countRows(f.debateId);
    await f.vote("member", {
      choice: "block",
      reason: "As said",
      existingObjectionId: existing.id,
    });
    expect(await countRows(f.debateId)).toEqual(before);
  });

  it("refuses to point to a claim that is not an objection of this debate", async () => {
    const f = await arrange();
    const position = await post(f.owner.caller, f.debateId, "position", null);
    const elsewhere = await openDebate(f.facilitator.caller, f.workspace.id, {
      question: "Other?",
    });
    const foreign = await post(
      f.owner.caller,
      elsewhere,
      "objection",
      (await post(f.owner.caller, elsewhere, "position", null)).id,
    );
    const before = await countRows(f.debateId);
    for (const id of [position.id, foreign.id]) {
      await expectTrpcError(
        f.vote("member", { choice: "block", reason: "Because", existingObjectionId: id }),
        "BAD_REQUEST",
        "A block can only point to an objection in this debate.",
      );
    }
    expect(await countRows(f.debateId)).toEqual(before);
    expect(await testPrisma().ballot.count({ where: { proposalId: f.proposal.id } })).toBe(0);
  });

  it("keeps the objection when the voter changes the block to agree, without blocking", async () => {
    const f = await arrange();
    const { objectionId } = await f.vote("member", { choice: "block", reason: BLOCK_REASON });
    await f.vote("member", { choice: "agree" });
    const ballot = await testPrisma().ballot.findFirstOrThrow({
      where: { proposalId: f.proposal.id },
    });
    expect(ballot).toMatchObject({ objectionId: null, reason: null });
    const read = await readDebate(f.member.caller, f.debateId);
    expect(read.unansweredObjectionIds).toEqual([objectionId]);
    const closed = await closeAndRead(f.facilitator.caller, f.debateId, f.proposal.id);
    expect(closed.tally).toMatchObject({ counts: { agree: 1, block: 0 }, outcome: "consented" });
  });
});
