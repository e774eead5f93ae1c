// Facilitators' moderation: a hidden claim's text is for facilitators only and
// the claim takes no part until restored; a merged duplicate hands its replies
// to the claim that is kept.
import { describe, expect, it } from "vitest";
import { expectTrpcError } from "../test/assertions.ts";
import { createDebateTeam, openDebate, post, readDebate } from "../test/debate-fixtures.ts";

/** A position, an objection to it, and a rebuttal of the objection by the member. */
async function arrange() {
  const team = await createDebateTeam();
  const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
  const position = await post(team.member.caller, debateId, "position", null);
  const objection = await post(team.facilitator.caller, debateId, "objection", position.id);
  const rebuttal = await post(team.member.caller, debateId, "objection", objection.id, "Abusive");
  return { ...team, debateId, position, objection, rebuttal };
}

describe("claim.hide and claim.restore", () => {
  it("hides the text from members, not facilitators, and takes the claim out of the argument", async () => {
    const f = await arrange();
    expect(await f.facilitator.caller.claim.hide({ claimId: f.rebuttal.id })).toEqual({
      id: f.rebuttal.id,
      moderation: "hidden",
    });

    const asMember = await readDebate(f.member.caller, f.debateId);
    expect(asMember.claim(f.rebuttal.id)).toMatchObject({
      moderation: "hidden",
      body: null,
      label: null,
      status: null,
    });
    expect(asMember.claim(f.objection.id)).toMatchObject({ status: "stands", unanswered: true });
    expect(asMember.claim(f.position.id)).toMatchObject({
      status: "challenged",
      unansweredCount: 1,
    });
    expect(asMember.unansweredObjectionIds).toEqual([f.objection.id]);
    expect(asMember.counts.claims).toBe(2);

    const asFacilitator = await readDebate(f.facilitator.caller, f.debateId);
    expect(asFacilitator.claim(f.rebuttal.id)).toMatchObject({
      moderation: "hidden",
      body: "Abusive",
    });
    await expectTrpcError(
      f.member.caller.claim.revisions({ claimId: f.rebuttal.id }),
      "FORBIDDEN",
      "This claim is hidden by a facilitator.",
    );
    expect(await f.facilitator.caller.claim.revisions({ claimId: f.rebuttal.id })).toEqual([
      expect.objectContaining({ body: "Abusive" }),
    ]);
    await expectTrpcError(
      f.member.caller.claim.explain({ claimId: f.rebuttal.id }),
      "BAD_REQUEST",
      "This claim is not visible, so it takes no part in the argument.",
    );
  });

  it("restores a hidden claim, and with it the rebuttal's effect", async () => {
    const f = await arrange();
    await f.facilitator.caller.claim.hide({ claimId: f.rebuttal.id });
    await expectTrpcError(
      f.facilitator.caller.claim.hide({ claimId: f.rebuttal.id }),
      "CONFLICT",
      "This claim is already hidden.",
    );
    expect(await f.facilitator.caller.claim.restore({ claimId: f.rebuttal.id })).toEqual({
      id: f.rebuttal.id,
      moderation: "visible",
    });
    const read = await readDebate(f.member.caller, f.debateId);
    expect(read.claim(f.rebuttal.id)).toMatchObject({ body: "Abusive", status: "stands" });
    expect(read.claim(f.objection.id)).toMatchObject({ status: "answered", unanswered: false });
    expect(read.unansweredObjectionIds).toEqual([]);
  });

  it("restores only hidden claims", async () => {
    const f = await arrange();
    await expectTrpcError(
      f.facilitator.caller.claim.restore({ claimId: f.rebuttal.id }),
      "CONFLICT",
      "Only hidden claims can be restored; this one is visible.",
    );
    await f.member.caller.claim.withdraw({ claimId: f.rebuttal.id });
    await expectTrpcError(
      f.facilitator.caller.claim.restore({ claimId: f.rebuttal.id }),
      "CONFLICT",
      "Only hidden claims can be restored; this one is withdrawn.",
    );
  });
});

describe("claim.merge", () => {
  it("moves replies and links to the kept claim and marks the duplicate merged", async () => {
    const f = await arrange();
    const { facilitator, member, debateId } = f;
    const duplicate = await post(member.caller, debateId, "objection", f.position.id);
    const reply = await post(facilitator.caller, debateId, "objection", duplicate.id);
    const other = await post(member.caller, debateId, "position", null);
    await member.caller.claim.link({ claimId: duplicate.id, toId: other.id });

    const merged = await facilitator.caller.claim.merge({
      claimId: duplicate.id,
      intoId: f.objection.id,
    });
    expect(merged).toEqual({
      mergedId: duplicate.id,
      keptId: f.objection.id,
      keptNumber: f.objection.number,
    });
    const read = await readDebate(member.caller, debateId);
    expect(read.claim(duplicate.id)).toMatchObject({
      moderation: "merged",
      mergedIntoId: f.objection.id,
      label: null,
      linkedTargetIds: [],
    });
    expect(read.claim(reply.id).targetId).toBe(f.objection.id);
    expect(read.claim(f.objection.id).linkedTargetIds).toEqual([other.id]);
    // The kept objection now faces two rebuttals that stand (answers, never counted),
    // and its link to the other position is an attack that no longer stands.
    expect(read.claim(f.objection.id)).toMatchObject({ status: "answered", unansweredCount: 0 });
    expect(read.claim(reply.id)).toMatchObject({ role: "rebuttal", status: "stands" });
    expect(read.claim(other.id)).toMatchObject({ status: "stands", unansweredCount: 0 });
    expect(read.unansweredObjectionIds).toEqual([]);
  });

  it("refuses to merge across kinds, into itself, or into another debate's claim", async () => {
    const f = await arrange();
    const otherDebate = await openDebate(f.facilitator.caller, f.workspace.id);
    const foreign = await post(f.member.caller, otherDebate, "position", null);
    await expectTrpcError(
      f.facilitator.caller.claim.merge({ claimId: f.position.id, intoId: f.objection.id }),
      "BAD_REQUEST",
      "A position can only be merged into another position.",
    );
    await expectTrpcError(
      f.facilitator.caller.claim.merge({ claimId: f.objection.id, intoId: f.position.id }),
      "BAD_REQUEST",
      "An objection can only be merged into another objection.",
    );
    await expectTrpcError(
      f.facilitator.caller.claim.merge({ claimId: f.position.id, intoId: f.position.id }),
      "BAD_REQUEST",
      "A claim cannot be merged into itself.",
    );
    await expectTrpcError(
      f.facilitator.caller.claim.merge({ claimId: f.position.id, intoId: foreign.id }),
      "BAD_REQUEST",
      "Both claims must belong to this debate.",
    );
    const read = await readDebate(f.member.caller, f.debateId);
    expect(read.claims.every((c) => c.moderation === "visible")).toBe(true);
  });
});
