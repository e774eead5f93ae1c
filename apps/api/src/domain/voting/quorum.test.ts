import { describe, expect, it } from "vitest";
import { isQuorumMet } from "./quorum.ts";

describe("isQuorumMet", () => {
  it("is always met without a quorum", () => {
    expect(isQuorumMet(null, 0, 10)).toBe(true);
  });

  it("is met at exactly the share, even where floating point multiplication is off", () => {
    expect(isQuorumMet(0.7, 7, 10)).toBe(true);
    expect(isQuorumMet(0.7, 6, 10)).toBe(false);
    expect(isQuorumMet(0.5, 1, 3)).toBe(false);
    expect(isQuorumMet(0.5, 2, 3)).toBe(true);
  });

  it("with nobody eligible, is met only by a quorum of 0", () => {
    expect(isQuorumMet(0, 0, 0)).toBe(true);
    expect(isQuorumMet(0.1, 0, 0)).toBe(false);
  });

  it("refuses a quorum outside 0..1 and a negative or fractional electorate", () => {
    expect(() => isQuorumMet(1.5, 1, 2)).toThrow(RangeError);
    expect(() => isQuorumMet(Number.NaN, 1, 2)).toThrow(RangeError);
    expect(() => isQuorumMet(0.5, 1, -1)).toThrow(RangeError);
    expect(() => isQuorumMet(0.5, 1, 2.5)).toThrow(RangeError);
  });
});
