import { describe, expect, it } from "vitest";
import {
  assertCanPostInPhase,
  assertCanVoteOnClaimsInPhase,
  assertPhaseGate,
  phaseEndsAt,
} from "./phase-rules.ts";

describe("phase rules", () => {
  it("keeps draft debates to facilitators", () => {
    expect(() => assertCanPostInPhase("draft", "position", "member")).toThrow(/still in draft/);
    expect(() => assertCanPostInPhase("draft", "position", "facilitator")).not.toThrow();
  });

  it("allows no new positions from the rebuttal phase on, but allows replies", () => {
    expect(() => assertCanPostInPhase("rebuttal", "position", "owner")).toThrow(/no new positions/);
    expect(() => assertCanPostInPhase("rebuttal", "objection", "member")).not.toThrow();
    expect(() => assertCanPostInPhase("voting", "support", "member")).not.toThrow();
    expect(() => assertCanPostInPhase("archived", "objection", "owner")).toThrow(/archived/);
  });

  it("opens claim votes only in voting when the debate says so", () => {
    expect(() => assertCanVoteOnClaimsInPhase("open", true)).toThrow(/voting phase/);
    expect(() => assertCanVoteOnClaimsInPhase("voting", true)).not.toThrow();
    expect(() => assertCanVoteOnClaimsInPhase("open", false)).not.toThrow();
  });

  it("gates voting on unanswered objections unless each is parked with a reason", () => {
    const open = [
      { id: "a", number: 4 },
      { id: "b", number: 9 },
    ];
    expect(() => assertPhaseGate("voting", open, [])).toThrow(/#4, #9/);
    expect(() => assertPhaseGate("voting", open, [{ claimId: "a", reason: "later" }])).toThrow(
      /#9/,
    );
    expect(() =>
      assertPhaseGate("voting", open, [
        { claimId: "a", reason: "x" },
        { claimId: "b", reason: " " },
      ]),
    ).toThrow(/#9/);
    expect(() =>
      assertPhaseGate("voting", open, [
        { claimId: "a", reason: "later" },
        { claimId: "b", reason: "out of time" },
      ]),
    ).not.toThrow();
    expect(() => assertPhaseGate("rebuttal", open, [])).not.toThrow();
  });

  it("sets the timer from minutes", () => {
    const now = new Date("2026-01-01T10:00:00Z");
    expect(phaseEndsAt(now, 15)?.toISOString()).toBe("2026-01-01T10:15:00.000Z");
    expect(phaseEndsAt(now, null)).toBeNull();
  });
});
