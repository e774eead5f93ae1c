// The decision wizard shows how the opinion groups split on each open
// objection, and the decision record keeps that split as it was.
import { describe, expect, it } from "vitest";
import { arrangeTwoCamps } from "../test/opinion-group-fixtures.ts";

describe("opinion groups in decisions", () => {
  it("shows each open objection's group split in the wizard and keeps it in the record", async () => {
    const room = await arrangeTwoCamps();
    const f = room.facilitator.caller;
    const form = await f.decision.prepare({ debateId: room.debateId });
    const split = new Map(form.openObjections.map((o) => [o.id, o.groupSplit]));
    expect(split.get(room.o1.id)?.splits).toBe(true);
    expect(
      split
        .get(room.o1.id)
        ?.byGroup.map((g) => g.stance)
        .sort(),
    ).toEqual(["dismisses", "holds"]);
    expect(split.get(room.o2.id)?.splits).toBe(false);

    const { id } = await f.decision.record({
      debateId: room.debateId,
      outcome: "Try it for a quarter",
      ownerId: room.member.user.id,
      dispositions: [
        { claimId: room.o1.id, disposition: "will_monitor" },
        { claimId: room.o2.id, disposition: "accepted_risk" },
      ],
    });
    // Votes that change later do not change the record.
    for (const voter of room.campB)
      await voter.claim.vote({ claimId: room.o1.id, agreement: "disagree" });
    const record = await room.member.caller.decision.get({ decisionId: id });
    const kept = new Map(record.objections.map((o) => [o.claimId, o.groupSplit]));
    expect(kept.get(room.o1.id)?.splits).toBe(true);
    expect(
      kept
        .get(room.o1.id)
        ?.byGroup.map((g) => g.tally.agree)
        .sort(),
    ).toEqual([0, 4]);
    expect(kept.get(room.o2.id)?.splits).toBe(false);
    // Hidden with the tallies, as on the groups page.
    await f.debate.update({ debateId: room.debateId, hideTallies: true });
    const hidden = await room.member.caller.decision.get({ decisionId: id });
    expect(hidden.objections.every((o) => o.groupSplit === null)).toBe(true);
  });

  it("records no split when there are no groups to show", async () => {
    const room = await arrangeTwoCamps();
    const form = await room.facilitator.caller.decision.prepare({ debateId: room.debateId });
    expect(form.openObjections.length).toBeGreaterThan(0);
    // A room of eight in two camps of four has groups; a fresh debate has none.
    const other = await room.facilitator.caller.debate.create({
      workspaceId: room.workspace.id,
      question: "A quiet debate with nobody voting",
    });
    const position = await room.member.caller.claim.post({
      debateId: other.id,
      kind: "position",
      body: "Something",
    });
    const objection = await room.facilitator.caller.claim.post({
      debateId: other.id,
      kind: "objection",
      targetId: position.id,
      body: "Not so",
    });
    const quiet = await room.facilitator.caller.decision.prepare({ debateId: other.id });
    expect(quiet.openObjections.map((o) => o.groupSplit)).toEqual([null]);
    const { id } = await room.facilitator.caller.decision.record({
      debateId: other.id,
      outcome: "Nothing yet",
      ownerId: room.member.user.id,
      dispositions: [{ claimId: objection.id, disposition: "out_of_scope" }],
    });
    const record = await room.member.caller.decision.get({ decisionId: id });
    expect(record.objections[0]?.groupSplit).toBeNull();
  });
});
