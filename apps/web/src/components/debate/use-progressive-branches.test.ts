import { describe, expect, it } from "vitest";
import type { ClaimNode } from "@/lib/claim-tree";
import { countFor } from "./use-progressive-branches";

/** A branch of `size` claims: one claim with `size - 1` direct replies. */
function branch(size: number): ClaimNode {
  const leaf = (): ClaimNode => ({ claim: {} as ClaimNode["claim"], replies: [] });
  return { ...leaf(), replies: Array.from({ length: size - 1 }, leaf) };
}

describe("countFor", () => {
  it("adds whole branches until a step holds about 150 claims", () => {
    const branches = [branch(100), branch(100), branch(100), branch(10)];
    expect(countFor(branches, 0)).toBe(2);
    expect(countFor(branches, 2)).toBe(4);
  });

  it("always adds at least one branch, however big, and stops at the end", () => {
    expect(countFor([branch(1_000), branch(5)], 0)).toBe(1);
    expect(countFor([branch(1_000), branch(5)], 2)).toBe(2);
  });
});
