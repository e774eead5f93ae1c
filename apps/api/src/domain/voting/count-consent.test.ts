import { describe, expect, it } from "vitest";
import { countConsent } from "./count-consent.ts";
import { consent, times } from "./test-ballots.ts";

describe("countConsent", () => {
  it("is blocked by a block whose objection still stands", () => {
    const tally = countConsent([
      ...times(5, consent("agree")),
      consent("block", { blockStands: true }),
      consent("block", { blockStands: false }),
    ]);
    expect(tally).toEqual({
      method: "consent",
      counts: { agree: 5, abstain: 0, disagree: 0, block: 2 },
      blocksStanding: 1,
      blocksAnswered: 1,
      outcome: "blocked",
    });
  });

  it("consents when the only block's objection has been answered", () => {
    const tally = countConsent([
      ...times(3, consent("agree")),
      consent("block", { blockStands: false }),
    ]);
    expect(tally.blocksStanding).toBe(0);
    expect(tally.blocksAnswered).toBe(1);
    expect(tally.outcome).toBe("consented");
  });

  it("consents despite disagreements and abstentions, which are counted", () => {
    const tally = countConsent([
      consent("agree"),
      ...times(2, consent("disagree")),
      ...times(3, consent("abstain")),
    ]);
    expect(tally.counts).toEqual({ agree: 1, abstain: 3, disagree: 2, block: 0 });
    expect(tally.outcome).toBe("consented");
  });

  it("ignores blockStands on a ballot that is not a block", () => {
    const tally = countConsent([consent("disagree", { blockStands: true })]);
    expect(tally.blocksStanding).toBe(0);
    expect(tally.outcome).toBe("consented");
  });
});
