import { describe, expect, it } from "vitest";
import { comparePremiseText } from "./premise-text.ts";

describe("comparePremiseText", () => {
  it("is unchanged while the text and visibility are as recorded", () => {
    expect(
      comparePremiseText({ textAtDecision: "A", bodyNow: "A", moderationNow: "visible" }, false),
    ).toEqual({
      textAtDecision: "A",
      textNow: "A",
      moderationNow: "visible",
      changedSinceDecision: false,
    });
  });

  it("shows an edit with both texts", () => {
    expect(
      comparePremiseText({ textAtDecision: "A", bodyNow: "B", moderationNow: "visible" }, false),
    ).toMatchObject({ textAtDecision: "A", textNow: "B", changedSinceDecision: true });
  });

  it("counts a hide as a change and keeps the hidden text from participants", () => {
    const facts = { textAtDecision: "A", bodyNow: "A", moderationNow: "hidden" } as const;
    expect(comparePremiseText(facts, false)).toMatchObject({
      textNow: null,
      changedSinceDecision: true,
    });
    expect(comparePremiseText(facts, true)).toMatchObject({
      textNow: "A",
      changedSinceDecision: true,
    });
  });
});
