import { describe, expect, it } from "vitest";
import { newUuidV7 } from "./uuid-v7.ts";

describe("newUuidV7", () => {
  it("makes version-7 ids that sort by the time they were made", () => {
    const earlier = newUuidV7(Date.UTC(2026, 0, 1));
    const later = newUuidV7(Date.UTC(2026, 0, 1, 0, 0, 1));
    for (const id of [earlier, later]) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(earlier < later).toBe(true);
    expect(newUuidV7()).not.toBe(newUuidV7());
  });
});
