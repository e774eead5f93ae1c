import { describe, expect, it } from "vitest";
import { linkCandidates, matchClaims } from "./link-candidates";

type TestClaim = {
  id: string;
  number: number;
  body: string | null;
  kind: "position" | "support" | "objection" | "proposal";
  moderation: "visible" | "hidden" | "merged";
};

const claim = (number: number, body: string | null, more: Partial<TestClaim> = {}): TestClaim => ({
  id: `c${number}`,
  number,
  body,
  kind: "objection",
  moderation: "visible",
  ...more,
});

const claims = [
  claim(1, "We should adopt a four-day week", { kind: "position" }),
  claim(2, "Costs would rise in support teams"),
  claim(3, "Hidden remark", { moderation: "hidden" }),
  claim(12, "Customers expect an answer on Fridays"),
  claim(21, "Pilot it in March", { kind: "proposal" }),
  claim(120, "Support costs fall with fewer sick days"),
];

describe("linkCandidates", () => {
  it("offers visible claims other than the claim itself, its target and its links", () => {
    const from = { id: "c2", targetId: "c1", linkedTargetIds: ["c12"] };
    expect(linkCandidates(from, claims).map((c) => c.number)).toEqual([21, 120]);
  });

  it("leaves out claims whose text is withheld", () => {
    const from = { id: "c120", targetId: null, linkedTargetIds: [] };
    const withHeld = [...claims, claim(7, null)];
    expect(linkCandidates(from, withHeld).map((c) => c.number)).toEqual([1, 2, 12, 21]);
  });
});

describe("matchClaims", () => {
  it("finds a claim by its number, exact match first, with or without #", () => {
    expect(matchClaims("12", claims).map((c) => c.number)).toEqual([12, 120]);
    expect(matchClaims("#1", claims).map((c) => c.number)).toEqual([1, 12, 120]);
  });

  it("finds claims containing every typed word, in any order and any case", () => {
    expect(matchClaims("COSTS support", claims).map((c) => c.number)).toEqual([2, 120]);
    expect(matchClaims("fridays answer", claims).map((c) => c.number)).toEqual([12]);
    expect(matchClaims("nothing like this", claims)).toEqual([]);
  });

  it("offers everything for an empty query", () => {
    expect(matchClaims("  ", claims)).toHaveLength(claims.length);
  });
});
