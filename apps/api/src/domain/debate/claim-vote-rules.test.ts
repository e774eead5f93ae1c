import { describe, expect, it } from "vitest";
import { assertValidClaimVote, tallyClaimVotes } from "./claim-vote-rules.ts";
import { canSeeTallies } from "./tally-visibility.ts";

describe("claim votes", () => {
  it("tallies agreement and the mean impact of those who gave one", () => {
    expect(
      tallyClaimVotes([
        { agreement: "agree", impact: 4 },
        { agreement: "agree", impact: 1 },
        { agreement: "disagree", impact: null },
      ]),
    ).toEqual({ agree: 2, unsure: 0, disagree: 1, impactMean: 2.5, total: 3 });
    expect(tallyClaimVotes([]).impactMean).toBeNull();
  });

  it("refuses an impact on a position", () => {
    expect(() => assertValidClaimVote("position", 2)).toThrow(/no impact/);
    expect(() => assertValidClaimVote("objection", 2)).not.toThrow();
  });

  it("hides tallies from participants until voting is over, never from facilitators", () => {
    const hidden = { hideTallies: true, phase: "voting" as const };
    expect(canSeeTallies("member", hidden)).toBe(false);
    expect(canSeeTallies("facilitator", hidden)).toBe(true);
    expect(canSeeTallies("member", { ...hidden, phase: "decided" })).toBe(true);
    expect(canSeeTallies("member", { ...hidden, hideTallies: false })).toBe(true);
  });
});
