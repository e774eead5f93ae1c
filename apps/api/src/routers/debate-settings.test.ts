// A debate's settings as people meet them: anonymous authorship hides who
// wrote what from members but not from facilitators; an archived debate can be
// read but not changed until it is unarchived.
import { describe, expect, it } from "vitest";
import { expectTrpcError } from "../test/assertions.ts";
import {
  createDebateTeam,
  expectNothingStored,
  openDebate,
  post,
  readDebate,
} from "../test/debate-fixtures.ts";

describe("anonymous debates", () => {
  it("shows a member no authors but their own mark, and a facilitator every author", async () => {
    const { workspace, facilitator, member, observer } = await createDebateTeam();
    const debateId = await openDebate(facilitator.caller, workspace.id, { anonymous: true });
    const position = await post(member.caller, debateId, "position", null);
    const objection = await post(facilitator.caller, debateId, "objection", position.id);
    await member.caller.claim.edit({ claimId: position.id, body: "Edited" });
    await member.caller.claim.resolve({ claimId: objection.id, kind: "conceded" });

    const asMember = await readDebate(member.caller, debateId);
    expect(asMember.debate.anonymous).toBe(true);
    expect(asMember.claims.map((c) => c.authorId)).toEqual([null, null]);
    expect(asMember.people).toEqual({});
    expect(asMember.claim(position.id).isMine).toBe(true);
    expect(asMember.claim(objection.id).isMine).toBe(false);
    expect(asMember.claim(objection.id).resolution).toMatchObject({
      kind: "conceded",
      resolvedById: null,
    });
    const revisions = await member.caller.claim.revisions({ claimId: position.id });
    expect(revisions.map((r) => r.editor)).toEqual([null, null]);
    expect((await readDebate(observer.caller, debateId)).claims.map((c) => c.authorId)).toEqual([
      null,
      null,
    ]);

    const asFacilitator = await readDebate(facilitator.caller, debateId);
    expect(asFacilitator.claim(position.id).authorId).toBe(member.user.id);
    expect(asFacilitator.claim(objection.id).authorId).toBe(facilitator.user.id);
    expect(asFacilitator.claim(objection.id).resolution?.resolvedById).toBe(member.user.id);
    const seenByFacilitator = await facilitator.caller.claim.revisions({ claimId: position.id });
    expect(seenByFacilitator.map((r) => r.editor?.id)).toEqual([member.user.id, member.user.id]);
  });

  it("shows authors to everyone once the debate is no longer anonymous", async () => {
    const { workspace, facilitator, member } = await createDebateTeam();
    const debateId = await openDebate(facilitator.caller, workspace.id, { anonymous: true });
    const position = await post(member.caller, debateId, "position", null);
    await facilitator.caller.debate.update({ debateId, anonymous: false });
    const read = await readDebate(member.caller, debateId);
    expect(read.claim(position.id).authorId).toBe(member.user.id);
  });
});

describe("archived debates", () => {
  it("refuses every change while archived, and allows them again once unarchived", async () => {
    const { workspace, facilitator, member, observer } = await createDebateTeam();
    const debateId = await openDebate(facilitator.caller, workspace.id);
    const position = await post(member.caller, debateId, "position", null);
    const objection = await post(facilitator.caller, debateId, "objection", position.id);

    const archived = await facilitator.caller.debate.archive({ debateId });
    expect(archived).toMatchObject({ phase: "archived", archivedAt: expect.any(Date) });
    const listed = await observer.caller.debate.list({ workspaceId: workspace.id });
    expect(listed.map((d) => d.id)).not.toContain(debateId);
    const all = await observer.caller.debate.list({
      workspaceId: workspace.id,
      includeArchived: true,
    });
    expect(all.map((d) => d.id)).toContain(debateId);

    const ARCHIVED = "This debate is archived: it can be read but not changed.";
    await expectNothingStored(debateId, async () => {
      const attempts = [
        () => post(member.caller, debateId, "objection", position.id),
        () => member.caller.claim.edit({ claimId: position.id, body: "Changed" }),
        () => member.caller.claim.withdraw({ claimId: position.id }),
        () => member.caller.claim.link({ claimId: objection.id, toId: position.id }),
        () => facilitator.caller.claim.hide({ claimId: objection.id }),
        () => facilitator.caller.claim.merge({ claimId: objection.id, intoId: position.id }),
        () => member.caller.claim.resolve({ claimId: objection.id, kind: "conceded" }),
      ];
      for (const attempt of attempts) await expectTrpcError(attempt(), "CONFLICT", ARCHIVED);
    });
    // Still readable.
    const read = await readDebate(observer.caller, debateId);
    expect(read.debate.phase).toBe("archived");
    expect(read.claim(position.id)).toMatchObject({ moderation: "visible", status: "challenged" });

    await facilitator.caller.debate.unarchive({ debateId });
    const rebuttal = await post(member.caller, debateId, "objection", objection.id);
    const after = await readDebate(observer.caller, debateId);
    expect(after.debate).toMatchObject({ phase: "open", archivedAt: null });
    expect(after.claim(rebuttal.id).number).toBe(3);
    expect(after.claim(position.id).status).toBe("stands");
  });
});

describe("debate.create, debate.update and debate.list", () => {
  it("creates an open debate, lists it with its visible claim count, and edits it", async () => {
    const { workspace, facilitator, member } = await createDebateTeam();
    const created = await facilitator.caller.debate.create({
      workspaceId: workspace.id,
      question: "  Adopt a four-day week?  ",
      description: "From the staff survey",
    });
    expect(created).toMatchObject({
      question: "Adopt a four-day week?",
      description: "From the staff survey",
      phase: "open",
      anonymous: false,
    });
    const position = await post(member.caller, created.id, "position", null);
    await post(member.caller, created.id, "position", null);
    await member.caller.claim.withdraw({ claimId: position.id });
    const [listed] = await member.caller.debate.list({ workspaceId: workspace.id });
    expect(listed).toMatchObject({ id: created.id, claimCount: 1 });

    await facilitator.caller.debate.update({ debateId: created.id, question: "Adopt it now?" });
    expect((await readDebate(member.caller, created.id)).debate.question).toBe("Adopt it now?");
    await expectTrpcError(
      facilitator.caller.debate.create({ workspaceId: workspace.id, question: "No" }),
      "BAD_REQUEST",
      "Write the question or motion (at least 3 characters).",
    );
  });
});
