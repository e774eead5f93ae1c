import { describe, expect, it } from "vitest";
import { keepForLevel } from "./settings.ts";

describe("keepForLevel", () => {
  const mine = { recipientId: "a", kind: "objection_to_your_claim" as const, concernsId: "c" };
  const news = { recipientId: "a", kind: "proposal_opened" as const, concernsId: "p" };
  it("keeps everything at all, only one's own at mine, nothing at none", () => {
    expect([keepForLevel(mine, "all"), keepForLevel(news, "all")]).toEqual([true, true]);
    expect([keepForLevel(mine, "mine"), keepForLevel(news, "mine")]).toEqual([true, false]);
    expect([keepForLevel(mine, "none"), keepForLevel(news, "none")]).toEqual([false, false]);
  });
});
