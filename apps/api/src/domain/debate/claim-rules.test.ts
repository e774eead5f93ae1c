import { describe, expect, it } from "vitest";
import { assertValidLink, assertValidTarget } from "./claim-rules.ts";

const visible = { debateId: "d1", moderation: "visible" as const };

describe("claim rules", () => {
  it("gives positions no target and everything else one", () => {
    expect(() => assertValidTarget("position", "d1", null, false)).not.toThrow();
    expect(() => assertValidTarget("position", "d1", visible, true)).toThrow(/no target/);
    expect(() => assertValidTarget("objection", "d1", null, false)).toThrow(/needs a target/);
    expect(() => assertValidTarget("support", "d1", visible, true)).not.toThrow();
  });

  it("refuses unknown, foreign and hidden targets", () => {
    expect(() => assertValidTarget("objection", "d1", null, true)).toThrow(/does not exist/);
    expect(() =>
      assertValidTarget("objection", "d1", { ...visible, debateId: "d2" }, true),
    ).toThrow(/another debate/);
    expect(() =>
      assertValidTarget("objection", "d1", { ...visible, moderation: "hidden" }, true),
    ).toThrow(/hidden/);
  });

  it("refuses self-links, duplicate links and links from positions", () => {
    const from = { id: "a", debateId: "d1", kind: "objection" as const, targetId: "b" };
    const to = { id: "c", debateId: "d1", moderation: "visible" as const };
    expect(() => assertValidLink({ from, to, alreadyLinked: false })).not.toThrow();
    expect(() => assertValidLink({ from, to: { ...to, id: "a" }, alreadyLinked: false })).toThrow(
      /itself/,
    );
    expect(() => assertValidLink({ from, to: { ...to, id: "b" }, alreadyLinked: false })).toThrow(
      /already linked/,
    );
    expect(() => assertValidLink({ from, to, alreadyLinked: true })).toThrow(/already linked/);
    expect(() =>
      assertValidLink({ from: { ...from, kind: "position" }, to, alreadyLinked: false }),
    ).toThrow(/position/);
  });
});
