import { describe, expect, it } from "vitest";
import { ballotRefusal, eligibleVoters, GUESTS_MAY_NOT_VOTE } from "./eligibility.ts";

describe("ballotRefusal", () => {
  it("lets members vote on every proposal, and guests only where guests may vote", () => {
    const member = { role: "member", guest: false } as const;
    const guest = { role: "member", guest: true } as const;
    expect(ballotRefusal(member, { guestsMayVote: false })).toBeNull();
    expect(ballotRefusal(member, { guestsMayVote: true })).toBeNull();
    expect(ballotRefusal(guest, { guestsMayVote: true })).toBeNull();
    expect(ballotRefusal(guest, { guestsMayVote: false })).toBe(GUESTS_MAY_NOT_VOTE);
  });

  it("refuses observers, guest or not", () => {
    for (const guest of [false, true]) {
      expect(ballotRefusal({ role: "observer", guest }, { guestsMayVote: true })).toMatch(
        /Observers/,
      );
    }
  });
});

describe("eligibleVoters", () => {
  it("counts guests in the denominator only when they may vote", () => {
    const electorate = { votingMembers: 2, votingGuests: 10 };
    expect(eligibleVoters(electorate, false)).toBe(2);
    expect(eligibleVoters(electorate, true)).toBe(12);
  });
});
