// Resolving objections: a conceded objection stands whatever attacks it and
// is not "open"; out of scope and duplicate take it off the unanswered list;
// one resolution at a time, reopened by the same people who may resolve.
import { describe, expect, it } from "vitest";
import { expectTrpcError } from "../test/assertions.ts";
import {
  addPerson,
  createDebateTeam,
  expectNothingStored,
  openDebate,
  post,
  readDebate,
} from "../test/debate-fixtures.ts";

/** The member's position with an objection by the facilitator. */
async function arrange() {
  const team = await createDebateTeam();
  const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
  const position = await post(team.member.caller, debateId, "position", null);
  const objection = await post(team.facilitator.caller, debateId, "objection", position.id);
  return { ...team, debateId, position, objection };
}

const ALREADY_RESOLVED = /^This objection is already resolved \(.+\); reopen it first\.$/;

describe("claim.resolve", () => {
  it("keeps a conceded objection in, off the unanswered list, even when rebutted", async () => {
    const f = await arrange();
    await f.facilitator.caller.claim.resolve({
      claimId: f.objection.id,
      kind: "conceded",
      note: "Fair point",
    });
    let read = await readDebate(f.member.caller, f.debateId);
    expect(read.claim(f.objection.id)).toMatchObject({
      label: "in",
      status: "conceded",
      unanswered: false,
      resolution: {
        kind: "conceded",
        note: "Fair point",
        resolvedById: f.facilitator.user.id,
      },
    });
    expect(read.claim(f.position.id)).toMatchObject({
      label: "out",
      status: "challenged",
      unansweredCount: 0,
    });
    expect(read.unansweredObjectionIds).toEqual([]);
    expect(read.counts.unanswered).toBe(0);

    const rebuttal = await post(f.member.caller, f.debateId, "objection", f.objection.id);
    read = await readDebate(f.member.caller, f.debateId);
    expect(read.claim(f.objection.id)).toMatchObject({ label: "in", status: "conceded" });
    expect(read.claim(f.position.id).label).toBe("out");
    // The conceded objection stands whatever answers it; the rebuttal is never counted.
    expect(read.claim(rebuttal.id)).toMatchObject({ role: "rebuttal", unanswered: false });
    expect(read.unansweredObjectionIds).toEqual([]);
    const explanation = await f.member.caller.claim.explain({ claimId: f.objection.id });
    expect(explanation).toMatchObject({ label: "in", reason: "conceded" });
  });

  it("takes an out-of-scope objection off the unanswered list", async () => {
    const f = await arrange();
    await f.facilitator.caller.claim.resolve({ claimId: f.objection.id, kind: "out_of_scope" });
    const read = await readDebate(f.member.caller, f.debateId);
    expect(read.claim(f.objection.id)).toMatchObject({
      status: "stands",
      unanswered: false,
      resolution: { kind: "out_of_scope", duplicateOfId: null },
    });
    expect(read.claim(f.position.id).unansweredCount).toBe(0);
    expect(read.unansweredObjectionIds).toEqual([]);
  });

  it("records a duplicate with the claim it duplicates, which must be in this debate", async () => {
    const f = await arrange();
    const second = await post(f.facilitator.caller, f.debateId, "objection", f.position.id);
    const resolve = (duplicateOfId: string | null) =>
      f.facilitator.caller.claim.resolve({ claimId: second.id, kind: "duplicate", duplicateOfId });
    await expectNothingStored(f.debateId, async () => {
      await expectTrpcError(
        resolve(null),
        "BAD_REQUEST",
        "Say which claim this objection duplicates.",
      );
      const otherDebate = await openDebate(f.facilitator.caller, f.workspace.id);
      const foreign = await post(f.member.caller, otherDebate, "position", null);
      for (const id of [foreign.id, second.id, crypto.randomUUID()]) {
        await expectTrpcError(
          resolve(id),
          "BAD_REQUEST",
          "The duplicated claim must be another claim of this debate.",
        );
      }
    });
    await resolve(f.objection.id);
    const read = await readDebate(f.member.caller, f.debateId);
    expect(read.claim(second.id).resolution).toMatchObject({
      kind: "duplicate",
      duplicateOfId: f.objection.id,
    });
    expect(read.unansweredObjectionIds).toEqual([f.objection.id]);
  });

  it("refuses to resolve twice until reopened; reopening puts it back on the list", async () => {
    const f = await arrange();
    await f.facilitator.caller.claim.resolve({ claimId: f.objection.id, kind: "out_of_scope" });
    await expectNothingStored(f.debateId, () =>
      expectTrpcError(
        f.facilitator.caller.claim.resolve({ claimId: f.objection.id, kind: "conceded" }),
        "CONFLICT",
        ALREADY_RESOLVED,
      ),
    );
    expect(await f.facilitator.caller.claim.reopen({ claimId: f.objection.id })).toEqual({
      id: f.objection.id,
    });
    let read = await readDebate(f.member.caller, f.debateId);
    expect(read.claim(f.objection.id)).toMatchObject({ unanswered: true, resolution: null });
    expect(read.unansweredObjectionIds).toEqual([f.objection.id]);
    expect(read.claim(f.position.id).unansweredCount).toBe(1);

    await expectTrpcError(
      f.facilitator.caller.claim.reopen({ claimId: f.objection.id }),
      "CONFLICT",
      "This objection is not resolved, so there is nothing to reopen.",
    );
    await f.facilitator.caller.claim.resolve({ claimId: f.objection.id, kind: "conceded" });
    read = await readDebate(f.member.caller, f.debateId);
    expect(read.claim(f.objection.id).status).toBe("conceded");
  });

  it("lets the author of the target resolve and reopen, but not another member", async () => {
    const f = await arrange();
    const other = await addPerson(f.workspace.id, "member", "other");
    const forbidden =
      "Only a facilitator, an owner, or the author of the claim it objects to can resolve an objection.";
    await expectNothingStored(f.debateId, () =>
      expectTrpcError(
        other.caller.claim.resolve({ claimId: f.objection.id, kind: "conceded" }),
        "FORBIDDEN",
        forbidden,
      ),
    );
    await f.member.caller.claim.resolve({ claimId: f.objection.id, kind: "conceded" });
    const read = await readDebate(f.member.caller, f.debateId);
    expect(read.claim(f.objection.id).resolution?.resolvedById).toBe(f.member.user.id);

    await expectTrpcError(
      other.caller.claim.reopen({ claimId: f.objection.id }),
      "FORBIDDEN",
      forbidden,
    );
    await f.member.caller.claim.reopen({ claimId: f.objection.id });
    expect((await readDebate(f.member.caller, f.debateId)).unansweredObjectionIds).toEqual([
      f.objection.id,
    ]);
  });

  it("resolves only visible objections", async () => {
    const f = await arrange();
    await expectTrpcError(
      f.facilitator.caller.claim.resolve({ claimId: f.position.id, kind: "conceded" }),
      "BAD_REQUEST",
      "Only objections can be resolved.",
    );
    await f.facilitator.caller.claim.hide({ claimId: f.objection.id });
    await expectTrpcError(
      f.facilitator.caller.claim.resolve({ claimId: f.objection.id, kind: "conceded" }),
      "CONFLICT",
      "This objection is hidden; it cannot be resolved.",
    );
  });
});
