// The live stream in a workshop: a guest follows the debate as the
// facilitator moves it through its phases, and a removed guest is not served.
import { describe, expect, it } from "vitest";
import { createSession } from "../services/sessions.ts";
import { expectTrpcError } from "../test/assertions.ts";
import { testPrisma } from "../test/harness.ts";
import { arrangeWorkshop, collectLive, debateEvents, openLive } from "../test/workshop-fixtures.ts";

/** The debate's newest event id: a stream resumed from it gets everything after, no race. */
const lastEventId = async (debateId: string) =>
  (await debateEvents(debateId)).at(-1)!.id.toString();

describe("live.debate in a workshop", () => {
  it("delivers the facilitator's phase changes, with the timer, to a guest", async () => {
    const f = await arrangeWorkshop();
    const live = await openLive(f.guest.token, f.debateId, await lastEventId(f.debateId));
    const received = collectLive(live, 2);
    const fc = f.facilitator.caller;
    const timed = await fc.workshop.setPhase({
      debateId: f.debateId,
      phase: "rebuttal",
      timerMinutes: 5,
    });
    await fc.workshop.setPhase({ debateId: f.debateId, phase: "open" });
    const [rebuttal, open] = await received;
    expect(rebuttal).toEqual({
      id: expect.stringMatching(/^\d+$/),
      type: "debate.phase_changed",
      subjectId: f.debateId,
      data: { before: "open", after: "rebuttal", endsAt: timed.phaseEndsAt!.toISOString() },
      actor: { id: f.facilitator.user.id, displayName: "facilitator" },
    });
    expect(timed.phaseEndsAt!.getTime()).toBeGreaterThan(Date.now() + 4 * 60_000);
    expect(open).toMatchObject({
      type: "debate.phase_changed",
      data: { before: "rebuttal", after: "open", endsAt: null },
    });
    expect(BigInt(open!.id)).toBeGreaterThan(BigInt(rebuttal!.id));
  });

  it("does not name who changed the phase to a guest of an anonymous debate", async () => {
    const f = await arrangeWorkshop({ anonymous: true });
    const live = await openLive(f.guest.token, f.debateId, await lastEventId(f.debateId));
    const received = collectLive(live, 1);
    await f.facilitator.caller.workshop.setPhase({ debateId: f.debateId, phase: "rebuttal" });
    expect(await received).toEqual([
      expect.objectContaining({ type: "debate.phase_changed", actor: null }),
    ]);
  });

  it("refuses a removed guest who subscribes again", async () => {
    const f = await arrangeWorkshop();
    const served = await openLive(f.guest.token, f.debateId, "0");
    expect((await collectLive(served, 1)).map((e) => e.type)).toEqual(["debate.created"]);
    await f.facilitator.caller.workshop.removeGuest({
      debateId: f.debateId,
      guestUserId: f.guest.userId,
    });
    // The guest's session is gone: the stream is not served to it.
    await expectTrpcError(openLive(f.guest.token, f.debateId, "0"), "UNAUTHORIZED");
    // Nor to a new session of the same guest: the grant itself is removed.
    const { token } = await createSession(testPrisma(), f.guest.userId, {
      userAgent: "vitest",
      ipAddress: null,
    });
    await expectTrpcError(openLive(token, f.debateId, "0"), "NOT_FOUND");
  });
});

describe("an open stream when its guest is removed", () => {
  it("carries nothing said after the removal", async () => {
    const f = await arrangeWorkshop();
    const live = await openLive(f.guest.token, f.debateId, await lastEventId(f.debateId));
    const errors: unknown[] = [];
    const received = collectLive(live, 2, 3_000, (error) => errors.push(error));
    await f.facilitator.caller.workshop.removeGuest({
      debateId: f.debateId,
      guestUserId: f.guest.userId,
    });
    await f.member.caller.claim.post({
      debateId: f.debateId,
      kind: "objection",
      targetId: f.position.id,
      body: "Said after the guest left",
    });
    const types = (await received).map((e) => e.type);
    expect(types).not.toContain("claim.posted");
    expect(types.filter((t) => t !== "guest.removed")).toEqual([]);
  });
});
