import { describe, expect, it } from "vitest";
import type { Claim } from "@/lib/debate";
import { MAP_WHOLE_UP_TO, mapPages } from "./map-pages";

function claim(number: number, target: number | null): Claim {
  return { id: `c${number}`, number, targetId: target === null ? null : `c${target}` } as Claim;
}

describe("mapPages", () => {
  it("gives each top-level claim its thread, in number order", () => {
    const pages = mapPages([claim(1, null), claim(2, null), claim(3, 1), claim(4, 2), claim(5, 3)]);
    expect(pages.map((page) => page.root.number)).toEqual([1, 2]);
    expect(pages.map((page) => page.claims.map((c) => c.number))).toEqual([
      [1, 3, 5],
      [2, 4],
    ]);
    expect(pages.map((page) => page.total)).toEqual([3, 2]);
  });

  it("cuts a huge thread to its oldest claims, which still hang together", () => {
    const claims = [claim(1, null)];
    for (let n = 2; n <= 1_000; n++) claims.push(claim(n, Math.max(1, n - 3)));
    const [page] = mapPages(claims);
    expect(page?.total).toBe(1_000);
    expect(page?.claims).toHaveLength(MAP_WHOLE_UP_TO);
    const shown = new Set(page?.claims.map((c) => c.id));
    for (const c of page?.claims ?? []) if (c.targetId) expect(shown.has(c.targetId)).toBe(true);
  });
});
