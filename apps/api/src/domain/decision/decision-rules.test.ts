import { describe, expect, it } from "vitest";
import { assertDispositionsCoverOpenObjections } from "./decision-snapshot.ts";
import { decisionStatus } from "./decision-status.ts";

const now = new Date("2026-06-01T00:00:00Z");

describe("decision status", () => {
  it("ranks superseded, then contested, then due for review", () => {
    const base = { superseded: false, premiseContested: false, reviewBy: null };
    expect(decisionStatus(base, now)).toBe("active");
    expect(decisionStatus({ ...base, reviewBy: new Date("2026-05-01") }, now)).toBe(
      "due_for_review",
    );
    expect(
      decisionStatus({ ...base, premiseContested: true, reviewBy: new Date("2026-05-01") }, now),
    ).toBe("contested");
    expect(decisionStatus({ ...base, superseded: true, premiseContested: true }, now)).toBe(
      "superseded",
    );
  });
});

describe("decision snapshot", () => {
  const open = [
    { id: "a", number: 3 },
    { id: "b", number: 7 },
  ];
  const numberOf = (id: string) => ({ a: 3, b: 7, c: 9 })[id];

  it("needs a disposition for every open objection", () => {
    expect(() => assertDispositionsCoverOpenObjections(open, [{ claimId: "a" }], numberOf)).toThrow(
      /#7 is unanswered/,
    );
    expect(() =>
      assertDispositionsCoverOpenObjections(open, [{ claimId: "a" }, { claimId: "b" }], numberOf),
    ).not.toThrow();
  });

  it("refuses dispositions for objections that are no longer open", () => {
    expect(() =>
      assertDispositionsCoverOpenObjections(
        open,
        [{ claimId: "a" }, { claimId: "b" }, { claimId: "c" }],
        numberOf,
      ),
    ).toThrow(/#9 is no longer an unanswered objection/);
  });
});
