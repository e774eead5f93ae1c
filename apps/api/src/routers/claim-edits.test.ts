// Editing keeps every revision; only the author (or a facilitator) edits, and
// only the author withdraws, after which the claim takes no part.
import { describe, expect, it } from "vitest";
import { expectTrpcError } from "../test/assertions.ts";
import {
  addPerson,
  createDebateTeam,
  expectNothingStored,
  openDebate,
  post,
  readDebate,
  statusOf,
} from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";

async function arrange() {
  const team = await createDebateTeam();
  const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
  const position = await post(team.member.caller, debateId, "position", null, "Version 1");
  return { ...team, debateId, position };
}

describe("claim.edit and claim.revisions", () => {
  it("keeps every revision, newest first, with its editor", async () => {
    const { member, facilitator, observer, debateId, position } = await arrange();
    expect(await member.caller.claim.edit({ claimId: position.id, body: "Version 2" })).toEqual({
      id: position.id,
      revision: 2,
    });
    await facilitator.caller.claim.edit({ claimId: position.id, body: " Version 3 " });

    const revisions = await observer.caller.claim.revisions({ claimId: position.id });
    expect(revisions.map((r) => [r.revision, r.body, r.editor?.id])).toEqual([
      [3, "Version 3", facilitator.user.id],
      [2, "Version 2", member.user.id],
      [1, "Version 1", member.user.id],
    ]);
    const read = await readDebate(observer.caller, debateId);
    expect(read.claim(position.id)).toMatchObject({ body: "Version 3", revisionCount: 3 });
  });

  it("does not add a revision when the text is unchanged", async () => {
    const { member, debateId, position } = await arrange();
    await expectNothingStored(debateId, async () =>
      expect(await member.caller.claim.edit({ claimId: position.id, body: "Version 1" })).toEqual({
        id: position.id,
        revision: null,
      }),
    );
  });

  it("refuses an edit by a member who is not the author, and by an observer", async () => {
    const { workspace, observer, debateId, position } = await arrange();
    const other = await addPerson(workspace.id, "member", "other");
    await expectNothingStored(debateId, async () => {
      await expectTrpcError(
        other.caller.claim.edit({ claimId: position.id, body: "Mine now" }),
        "FORBIDDEN",
        "Only the author or a facilitator can edit this claim.",
      );
      await expectTrpcError(
        observer.caller.claim.edit({ claimId: position.id, body: "Mine now" }),
        "FORBIDDEN",
        "Only a member or above can edit claims.",
      );
    });
    const row = await testPrisma().claim.findUniqueOrThrow({ where: { id: position.id } });
    expect(row.body).toBe("Version 1");
  });

  it("refuses an empty edit", async () => {
    const { member, debateId, position } = await arrange();
    await expectNothingStored(debateId, () =>
      expectTrpcError(
        member.caller.claim.edit({ claimId: position.id, body: "" }),
        "BAD_REQUEST",
        "Write the claim before posting it.",
      ),
    );
  });
});

describe("claim.withdraw", () => {
  it("lets the author withdraw; the objection it answered is unanswered again", async () => {
    const { member, facilitator, debateId, position } = await arrange();
    const objection = await post(facilitator.caller, debateId, "objection", position.id);
    const rebuttal = await post(member.caller, debateId, "objection", objection.id);
    let read = await readDebate(member.caller, debateId);
    // The rebuttal answers the objection; as an answer it is never counted itself.
    expect(read.unansweredObjectionIds).toEqual([]);
    expect(read.claim(position.id).status).toBe("stands");

    expect(await member.caller.claim.withdraw({ claimId: rebuttal.id })).toEqual({
      id: rebuttal.id,
    });
    read = await readDebate(member.caller, debateId);
    expect(read.claim(rebuttal.id)).toMatchObject({
      moderation: "withdrawn",
      label: null,
      status: null,
      unanswered: false,
    });
    expect(statusOf(read.claim(objection.id))).toEqual({
      label: "in",
      status: "stands",
      unanswered: true,
      unansweredCount: 0,
    });
    expect(read.claim(position.id)).toMatchObject({ status: "challenged", unansweredCount: 1 });
    expect(read.unansweredObjectionIds).toEqual([objection.id]);
    expect(read.counts.claims).toBe(2);
  });

  it("refuses a withdrawal by anyone but the author, even a facilitator", async () => {
    const { workspace, facilitator, owner, debateId, position } = await arrange();
    const other = await addPerson(workspace.id, "member", "other");
    for (const caller of [other.caller, facilitator.caller, owner.caller]) {
      await expectTrpcError(
        caller.claim.withdraw({ claimId: position.id }),
        "FORBIDDEN",
        "Only its author can withdraw a claim.",
      );
    }
    expect((await readDebate(owner.caller, debateId)).claim(position.id).moderation).toBe(
      "visible",
    );
  });

  it("refuses to withdraw twice, or to edit a withdrawn claim", async () => {
    const { member, position } = await arrange();
    await member.caller.claim.withdraw({ claimId: position.id });
    await expectTrpcError(
      member.caller.claim.withdraw({ claimId: position.id }),
      "CONFLICT",
      "This claim is already withdrawn.",
    );
    await expectTrpcError(
      member.caller.claim.edit({ claimId: position.id, body: "Again" }),
      "CONFLICT",
      "This claim is withdrawn; it can no longer be edited.",
    );
  });
});
