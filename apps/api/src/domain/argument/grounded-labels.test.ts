import { describe, expect, it } from "vitest";
import { computeGroundedLabels } from "./grounded-labels.ts";
import { link, objection, position, rebuttalChain, support } from "./test-debates.ts";
import type { ArgumentClaim, ArgumentLink } from "./types.ts";

function labelsOf(claims: ArgumentClaim[], links: ArgumentLink[] = []) {
  return Object.fromEntries(computeGroundedLabels(claims, links));
}

describe("computeGroundedLabels", () => {
  it.each([1, 2, 3, 4, 5, 6])("alternates in/out along a chain of %i rebuttals", (length) => {
    const labels = computeGroundedLabels(rebuttalChain(length), []);
    expect(labels.get(`o${length}`)).toBe("in");
    for (let k = length; k >= 0; k--) {
      const id = k === 0 ? "p" : `o${k}`;
      expect(labels.get(id)).toBe((length - k) % 2 === 0 ? "in" : "out");
    }
  });

  it("labels a chain of 200,000 rebuttals without overflowing the stack", () => {
    const length = 200_000;
    const claims = rebuttalChain(length);
    for (const order of [claims, [...claims].reverse()]) {
      const labels = computeGroundedLabels(order, []);
      expect(labels.size).toBe(length + 1);
      expect(labels.get(`o${length}`)).toBe("in");
      expect(labels.get(`o${length - 1}`)).toBe("out");
      expect(labels.get("o1")).toBe("out");
      expect(labels.get("p")).toBe("in");
    }
  });

  it("reinstates a claim whose attacker is defeated", () => {
    const labels = labelsOf([position("a"), objection("b", "a"), objection("c", "b")]);
    expect(labels).toEqual({ a: "in", b: "out", c: "in" });
  });

  it("leaves an odd cycle and what it attacks undecided", () => {
    const labels = labelsOf(
      [
        position("p"),
        objection("x", "z"),
        objection("y", "x"),
        objection("z", "y"),
        objection("w", "p"),
      ],
      [link("x", "p")],
    );
    expect(labels).toEqual({ p: "out", x: "undecided", y: "undecided", z: "undecided", w: "in" });
    expect(labelsOf([objection("x", "z"), objection("y", "x"), objection("z", "y")])).toEqual({
      x: "undecided",
      y: "undecided",
      z: "undecided",
    });
  });

  it("leaves both sides of an even cycle undecided (grounded is sceptical)", () => {
    const labels = labelsOf([position("p"), objection("a", "b"), objection("b", "a")]);
    expect(labels).toEqual({ p: "in", a: "undecided", b: "undecided" });
  });

  it("leaves a self-attacking objection and its target undecided", () => {
    const claims = [position("p"), objection("s", "s")];
    expect(labelsOf(claims, [link("s", "p")])).toEqual({ p: "undecided", s: "undecided" });
  });

  it("lets an in attacker decide what a self-attacker also attacks", () => {
    const claims = [position("p"), objection("s", "s"), objection("q", "p")];
    expect(labelsOf(claims, [link("s", "p")])).toEqual({ p: "out", s: "undecided", q: "in" });
  });

  it("defeats a self-attacker attacked by an in claim, reinstating its target", () => {
    const claims = [position("p"), objection("s", "s"), objection("u", "s")];
    expect(labelsOf(claims, [link("s", "p")])).toEqual({ p: "in", s: "out", u: "in" });
  });

  it("needs every branch answered for a claim attacked from two branches", () => {
    const oneAnswered = [
      position("p"),
      objection("o1", "p"),
      objection("o2", "p"),
      objection("r1", "o1"),
    ];
    expect(labelsOf(oneAnswered)).toEqual({ p: "out", o1: "out", o2: "in", r1: "in" });
    const bothAnswered = [...oneAnswered, objection("r2", "o2")];
    expect(labelsOf(bothAnswered)).toMatchObject({ p: "in", o1: "out", o2: "out" });
  });

  it("holds a conceded objection in even when rebutted, so its target is out", () => {
    const labels = labelsOf([
      position("p"),
      objection("o", "p", { resolution: "conceded" }),
      objection("r", "o"),
    ]);
    expect(labels).toEqual({ p: "out", o: "in", r: "in" });
  });

  it("does not hold other resolutions in", () => {
    const labels = labelsOf([
      position("p"),
      objection("o", "p", { resolution: "out_of_scope" }),
      objection("r", "o"),
    ]);
    expect(labels).toEqual({ p: "in", o: "out", r: "in" });
  });

  it("treats extra links of objections as attacks", () => {
    const labels = labelsOf([position("p"), position("q"), objection("o", "p")], [link("o", "q")]);
    expect(labels).toEqual({ p: "out", q: "out", o: "in" });
  });

  it("never lets supports attack, directly or by link", () => {
    const labels = labelsOf([position("p"), position("q"), support("s", "p")], [link("s", "q")]);
    expect(labels).toEqual({ p: "in", q: "in", s: "in" });
  });

  it("gives no label to claims that take no part, and drops their attacks", () => {
    const labels = labelsOf([
      position("p"),
      objection("o", "p", { moderation: "hidden" }),
      objection("m", "p", { moderation: "merged" }),
      objection("w", "p", { moderation: "withdrawn" }),
    ]);
    expect(labels).toEqual({ p: "in" });
  });
});
