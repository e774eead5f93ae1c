// Votes on claims as people cast them: one vote per person per claim, which
// they may change or take back; tallies on debate.get, hidden from
// participants while a debate with hideTallies is still open or voting; and
// many people (or one impatient person) voting at the same instant.
import { describe, expect, it } from "vitest";
import { expectTrpcError } from "../test/assertions.ts";
import { createDebateTeam, openDebate, post, readDebate } from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";
import { addManyPeople, countEvents } from "../test/proposal-fixtures.ts";

const votesOn = (claimId: string) =>
  testPrisma().claimVote.findMany({
    where: { claimId },
    select: { userId: true, agreement: true, impact: true },
  });

describe("claim.vote and claim.unvote", () => {
  it("records a vote, changes it in place, and takes it back", async () => {
    const { workspace, facilitator, member } = await createDebateTeam();
    const debateId = await openDebate(facilitator.caller, workspace.id);
    const position = await post(facilitator.caller, debateId, "position", null);
    const objection = await post(facilitator.caller, debateId, "objection", position.id);
    const m = member.caller;

    expect(await m.claim.vote({ claimId: objection.id, agreement: "agree", impact: 2 })).toEqual({
      agreement: "agree",
      impact: 2,
    });
    let read = await readDebate(m, debateId);
    expect(read.claim(objection.id).myVote).toEqual({ agreement: "agree", impact: 2 });
    expect(read.claim(objection.id).tally).toMatchObject({ agree: 1, total: 1, impactMean: 2 });

    await m.claim.vote({ claimId: objection.id, agreement: "disagree", impact: 4 });
    expect(await votesOn(objection.id)).toEqual([
      { userId: member.user.id, agreement: "disagree", impact: 4 },
    ]);
    read = await readDebate(m, debateId);
    expect(read.claim(objection.id).myVote).toEqual({ agreement: "disagree", impact: 4 });
    expect(read.claim(objection.id).tally).toEqual({
      agree: 0,
      unsure: 0,
      disagree: 1,
      impactMean: 4,
      total: 1,
    });
    expect(await countEvents(objection.id, "vote.cast")).toBe(2);

    expect(await m.claim.unvote({ claimId: objection.id })).toEqual({ ok: true });
    expect(await votesOn(objection.id)).toEqual([]);
    read = await readDebate(m, debateId);
    expect(read.claim(objection.id)).toMatchObject({ myVote: null, tally: null });
    expect(await countEvents(objection.id, "vote.removed")).toBe(1);
    await expectTrpcError(
      m.claim.unvote({ claimId: objection.id }),
      "NOT_FOUND",
      "You have not voted on this claim.",
    );
  });

  it("refuses an impact on a position, and impacts outside 0–4, storing nothing", async () => {
    const { workspace, facilitator, member } = await createDebateTeam();
    const debateId = await openDebate(facilitator.caller, workspace.id);
    const position = await post(facilitator.caller, debateId, "position", null);
    const support = await post(facilitator.caller, debateId, "support", position.id);
    const m = member.caller;
    await expectTrpcError(
      m.claim.vote({ claimId: position.id, agreement: "agree", impact: 0 }),
      "BAD_REQUEST",
      "A position has no target, so it takes no impact vote.",
    );
    for (const impact of [-1, 5]) {
      await expectTrpcError(
        m.claim.vote({ claimId: support.id, agreement: "agree", impact }),
        "BAD_REQUEST",
        "Impact goes from 0 to 4.",
      );
    }
    expect(await votesOn(position.id)).toEqual([]);
    expect(await votesOn(support.id)).toEqual([]);
    expect(await m.claim.vote({ claimId: position.id, agreement: "unsure" })).toEqual({
      agreement: "unsure",
      impact: null,
    });
  });

  it("tallies agreement and mean impact per claim, and shows each person their own vote", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
    const position = await post(team.member.caller, debateId, "position", null);
    const objection = await post(team.facilitator.caller, debateId, "objection", position.id);
    const [o, f, m] = [team.owner.caller, team.facilitator.caller, team.member.caller];
    await o.claim.vote({ claimId: objection.id, agreement: "agree", impact: 1 });
    await f.claim.vote({ claimId: objection.id, agreement: "agree", impact: 4 });
    await m.claim.vote({ claimId: objection.id, agreement: "disagree", impact: 2 });
    await m.claim.vote({ claimId: position.id, agreement: "agree" });
    await f.claim.vote({ claimId: position.id, agreement: "unsure" });

    const asObserver = await readDebate(team.observer.caller, debateId);
    expect(asObserver.claim(objection.id).tally).toEqual({
      agree: 2,
      unsure: 0,
      disagree: 1,
      impactMean: 2.33,
      total: 3,
    });
    expect(asObserver.claim(position.id).tally).toEqual({
      agree: 1,
      unsure: 1,
      disagree: 0,
      impactMean: null,
      total: 2,
    });
    expect(asObserver.claims.map((c) => c.myVote)).toEqual([null, null]);
    const asMember = await readDebate(m, debateId);
    expect(asMember.claim(position.id).myVote).toEqual({ agreement: "agree", impact: null });
    expect(asMember.claim(objection.id).myVote).toEqual({ agreement: "disagree", impact: 2 });
  });
});

describe("hidden tallies", () => {
  it("hides tallies from members while open or voting, never from facilitators", async () => {
    const { workspace, facilitator, member } = await createDebateTeam();
    const debate = await facilitator.caller.debate.create({
      workspaceId: workspace.id,
      question: "Adopt a code freeze in December?",
      hideTallies: true,
    });
    const position = await post(facilitator.caller, debate.id, "position", null);
    await member.caller.claim.vote({ claimId: position.id, agreement: "disagree" });
    await facilitator.caller.claim.vote({ claimId: position.id, agreement: "agree" });
    const setPhase = (phase: "open" | "voting" | "decided") =>
      testPrisma().debate.update({ where: { id: debate.id }, data: { phase } });
    const tally = { agree: 1, unsure: 0, disagree: 1, impactMean: null, total: 2 };

    for (const phase of ["open", "voting"] as const) {
      await setPhase(phase);
      const asMember = await readDebate(member.caller, debate.id);
      expect(asMember.debate.talliesHidden, phase).toBe(true);
      expect(asMember.claim(position.id).tally, phase).toBeNull();
      expect(asMember.claim(position.id).myVote).toEqual({ agreement: "disagree", impact: null });
      const asFacilitator = await readDebate(facilitator.caller, debate.id);
      expect(asFacilitator.debate.talliesHidden).toBe(false);
      expect(asFacilitator.claim(position.id).tally, phase).toEqual(tally);
    }

    await setPhase("decided");
    const asMember = await readDebate(member.caller, debate.id);
    expect(asMember.debate.talliesHidden).toBe(false);
    expect(asMember.claim(position.id).tally).toEqual(tally);
  });
});

describe("concurrent votes", () => {
  it("keeps all 200 votes cast on one claim at the same instant", async () => {
    const { workspace, facilitator } = await createDebateTeam();
    const debateId = await openDebate(facilitator.caller, workspace.id);
    const position = await post(facilitator.caller, debateId, "position", null);
    const started = performance.now();
    const voters = await addManyPeople(workspace.id, 200);
    const setupMs = performance.now() - started;
    console.info(`200 signed-in voters made in ${Math.round(setupMs)} ms`);
    expect(setupMs).toBeLessThan(10_000);

    const agreements = ["agree", "unsure", "disagree"] as const;
    const results = await Promise.allSettled(
      voters.map((v, i) =>
        v.caller.claim.vote({ claimId: position.id, agreement: agreements[i % 3]! }),
      ),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(await testPrisma().claimVote.count({ where: { claimId: position.id } })).toBe(200);
    const read = await readDebate(facilitator.caller, debateId);
    expect(read.claim(position.id).tally).toEqual({
      agree: 67,
      unsure: 67,
      disagree: 66,
      impactMean: null,
      total: 200,
    });
    expect(await countEvents(position.id, "vote.cast")).toBe(200);
  }, 60_000);

  it("keeps one row when one person fires 20 votes on a claim at once", async () => {
    const { workspace, facilitator, member } = await createDebateTeam();
    const debateId = await openDebate(facilitator.caller, workspace.id);
    const position = await post(facilitator.caller, debateId, "position", null);
    const support = await post(facilitator.caller, debateId, "support", position.id);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        member.caller.claim.vote({ claimId: support.id, agreement: "agree", impact: i % 5 }),
      ),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const rows = await votesOn(support.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userId: member.user.id, agreement: "agree" });
    const read = await readDebate(member.caller, debateId);
    expect(read.claim(support.id).tally).toMatchObject({ agree: 1, total: 1 });
    expect(read.claim(support.id).myVote).toEqual({ agreement: "agree", impact: rows[0]!.impact });
  }, 60_000);
});
