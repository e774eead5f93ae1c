// The phases of a debate as the server enforces them: who may post what in
// each phase, claim votes that wait for the voting phase, an archived debate
// that no longer changes, the gate before voting, and the phase timer.
import { describe, expect, it } from "vitest";
import { expectTrpcError } from "../test/assertions.ts";
import {
  createDebateTeam,
  expectNothingStored,
  openDebate,
  post,
  snapshotWorkspace,
} from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";
import { countDebateEvents, debateEvents } from "../test/workshop-fixtures.ts";

/** A team and a debate opened by the facilitator, with one position by the member. */
async function arrange() {
  const team = await createDebateTeam();
  const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
  const p1 = await post(team.member.caller, debateId, "position", null, "Adopt it");
  return { ...team, debateId, p1 };
}

const phaseOf = async (debateId: string) =>
  (await testPrisma().debate.findUniqueOrThrow({ where: { id: debateId } })).phase;

describe("what each phase allows", () => {
  it("draft: members cannot post, facilitators can", async () => {
    const { facilitator, member, debateId, p1 } = await arrange();
    await facilitator.caller.workshop.setPhase({ debateId, phase: "draft" });
    await expectNothingStored(debateId, () =>
      expectTrpcError(
        member.caller.claim.post({ debateId, kind: "objection", targetId: p1.id, body: "Early" }),
        "CONFLICT",
        "This debate is still in draft; only facilitators can post until it opens.",
      ),
    );
    const prepared = await post(facilitator.caller, debateId, "position", null, "Prepared");
    expect(prepared.number).toBe(2);
  });

  it("rebuttal: no new positions, but objections and supports are taken", async () => {
    const { facilitator, member, debateId, p1 } = await arrange();
    await facilitator.caller.workshop.setPhase({ debateId, phase: "rebuttal" });
    await expectNothingStored(debateId, () =>
      expectTrpcError(
        member.caller.claim.post({ debateId, kind: "position", body: "Late answer" }),
        "CONFLICT",
        /^The debate is in its rebuttal phase: no new positions now, but you can support or object/,
      ),
    );
    const objection = await post(member.caller, debateId, "objection", p1.id, "Costs");
    const rebuttal = await post(member.caller, debateId, "objection", objection.id, "No costs");
    const support = await post(member.caller, debateId, "support", p1.id, "Pilots worked");
    expect([objection.number, rebuttal.number, support.number]).toEqual([2, 3, 4]);
  });

  it("claimVotesOnlyInVoting: claim votes are refused before voting, taken in voting", async () => {
    const { facilitator, member, debateId, p1 } = await arrange();
    await facilitator.caller.debate.update({ debateId, claimVotesOnlyInVoting: true });
    const vote = () => member.caller.claim.vote({ claimId: p1.id, agreement: "agree" });
    await expectTrpcError(
      vote(),
      "CONFLICT",
      "Votes on claims open when the debate reaches its voting phase.",
    );
    expect(await testPrisma().claimVote.count({ where: { debateId } })).toBe(0);
    await facilitator.caller.workshop.setPhase({ debateId, phase: "voting" });
    expect(await vote()).toEqual({ agreement: "agree", impact: null });
  });

  it("without claimVotesOnlyInVoting, claim votes are taken while the debate is open", async () => {
    const { member, p1 } = await arrange();
    expect(await member.caller.claim.vote({ claimId: p1.id, agreement: "unsure" })).toEqual({
      agreement: "unsure",
      impact: null,
    });
  });

  it("archived: nothing changes, whoever asks", async () => {
    const { workspace, facilitator, member, debateId, p1 } = await arrange();
    const o2 = await post(member.caller, debateId, "objection", p1.id);
    await facilitator.caller.workshop.setPhase({ debateId, phase: "archived" });
    const before = await snapshotWorkspace(workspace.id);
    const events = await countDebateEvents(debateId);
    const archived = /archived: it can be read but not changed/;
    const m = member.caller;
    const f = facilitator.caller;
    for (const call of [
      () => m.claim.post({ debateId, kind: "objection", targetId: p1.id, body: "Too late" }),
      () => f.claim.post({ debateId, kind: "position", body: "Too late" }),
      () => m.claim.vote({ claimId: p1.id, agreement: "agree" }),
      () => m.claim.edit({ claimId: p1.id, body: "Rewritten" }),
      () => f.claim.resolve({ claimId: o2.id, kind: "out_of_scope" }),
      () => f.claim.hide({ claimId: o2.id }),
      () => f.workshop.lockThread({ claimId: p1.id }),
      () => f.debate.update({ debateId, question: "A new question" }),
    ]) {
      await expectTrpcError(call(), "CONFLICT", archived);
    }
    expect(await snapshotWorkspace(workspace.id)).toEqual(before);
    expect(await countDebateEvents(debateId)).toBe(events);
    expect(await phaseOf(debateId)).toBe("archived");
  });
});

describe("the gate before voting", () => {
  /**
   * #2 rebutted by #4, #3 and #5 open: #3 and #5 are unanswered; #2 is answered,
   * and the rebuttal #4 is an answer, never asked to be parked.
   */
  async function arrangeObjections() {
    const f = await arrange();
    const m = f.member.caller;
    const o2 = await post(m, f.debateId, "objection", f.p1.id, "Costs");
    const o3 = await post(m, f.debateId, "objection", f.p1.id, "Clients");
    const r4 = await post(f.facilitator.caller, f.debateId, "objection", o2.id, "Costs are small");
    const o5 = await post(m, f.debateId, "objection", f.p1.id, "Travel");
    return { ...f, o2, o3, r4, o5 };
  }

  it("refuses voting while objections are unanswered, naming them, and changes nothing", async () => {
    const { facilitator, debateId } = await arrangeObjections();
    const events = await countDebateEvents(debateId);
    await expectTrpcError(
      facilitator.caller.workshop.setPhase({ debateId, phase: "voting" }),
      "CONFLICT",
      "Voting cannot start while objections are unanswered (#3, #5). Answer them, or park each one with a reason.",
    );
    expect(await phaseOf(debateId)).toBe("open");
    expect(await countDebateEvents(debateId)).toBe(events);
  });

  it("still refuses when only some are parked, naming the rest", async () => {
    const { facilitator, debateId, o3 } = await arrangeObjections();
    const events = await countDebateEvents(debateId);
    const error = await expectTrpcError(
      facilitator.caller.workshop.setPhase({
        debateId,
        phase: "voting",
        parks: [{ claimId: o3.id, reason: "Needs data we lack" }],
      }),
      "CONFLICT",
      /\(#5\)/,
    );
    expect(error.message).not.toContain("#3");
    expect(await phaseOf(debateId)).toBe("open");
    expect(await countDebateEvents(debateId)).toBe(events);
  });

  it("moves to voting when each is parked with a reason, and records each parking", async () => {
    const { facilitator, debateId, o3, o5 } = await arrangeObjections();
    const before = await debateEvents(debateId);
    const moved = await facilitator.caller.workshop.setPhase({
      debateId,
      phase: "voting",
      parks: [
        { claimId: o3.id, reason: "  Needs data we lack " },
        { claimId: o5.id, reason: "Revisit at the review" },
      ],
    });
    expect(moved.phase).toBe("voting");
    expect(await phaseOf(debateId)).toBe("voting");
    const added = (await debateEvents(debateId)).slice(before.length);
    expect(
      added.map(({ type, subjectId, data, actorId }) => ({ type, subjectId, data, actorId })),
    ).toEqual([
      {
        type: "objection.parked",
        subjectId: o3.id,
        data: { number: 3, reason: "Needs data we lack" },
        actorId: facilitator.user.id,
      },
      {
        type: "objection.parked",
        subjectId: o5.id,
        data: { number: 5, reason: "Revisit at the review" },
        actorId: facilitator.user.id,
      },
      {
        type: "debate.phase_changed",
        subjectId: debateId,
        data: { before: "open", after: "voting", endsAt: null },
        actorId: facilitator.user.id,
      },
    ]);
  });

  it("refuses an empty or blank reason, and parking a claim that is not unanswered", async () => {
    const { facilitator, debateId, o2, o3, r4, o5 } = await arrangeObjections();
    const events = await countDebateEvents(debateId);
    const setVoting = (parks: { claimId: string; reason: string }[]) =>
      facilitator.caller.workshop.setPhase({ debateId, phase: "voting", parks });
    for (const reason of ["", "   "]) {
      await expectTrpcError(
        setVoting([
          { claimId: o3.id, reason },
          { claimId: o5.id, reason: "Later" },
        ]),
        "BAD_REQUEST",
        /Give a reason for parking each objection\./,
      );
    }
    // An answered objection, and a rebuttal (an answer, never unanswered), cannot be parked.
    for (const notOpen of [o2, r4]) {
      await expectTrpcError(
        setVoting([
          { claimId: o3.id, reason: "Later" },
          { claimId: o5.id, reason: "Later" },
          { claimId: notOpen.id, reason: "Not open" },
        ]),
        "BAD_REQUEST",
        "Only unanswered objections of this debate can be parked.",
      );
    }
    expect(await phaseOf(debateId)).toBe("open");
    expect(await countDebateEvents(debateId)).toBe(events);
  });
});

describe("the phase timer", () => {
  it("ends timerMinutes after the change, on the server's clock, and a phase without one clears it", async () => {
    const { facilitator, member, debateId } = await arrange();
    await facilitator.caller.workshop.setPhase({ debateId, phase: "rebuttal", timerMinutes: 10 });
    const read = await member.caller.debate.get({ debateId });
    expect(read.debate.phase).toBe("rebuttal");
    const endsAt = Date.parse(read.debate.phaseEndsAt!);
    const expected = Date.parse(read.serverNow) + 10 * 60_000;
    expect(Math.abs(endsAt - expected)).toBeLessThan(5_000);
    expect(Date.parse(read.debate.phaseStartedAt!)).toBe(endsAt - 10 * 60_000);
    const [changed] = (await debateEvents(debateId)).slice(-1);
    expect(changed?.data).toEqual({
      before: "open",
      after: "rebuttal",
      endsAt: new Date(endsAt).toISOString(),
    });
    await facilitator.caller.workshop.setPhase({ debateId, phase: "voting" });
    expect((await member.caller.debate.get({ debateId })).debate.phaseEndsAt).toBeNull();
  });
});
