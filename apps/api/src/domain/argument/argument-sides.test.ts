// DESIGN.md, "Sides, and what unanswered counts": rebuttals are answers and
// never count; answering an objection lowers the count; a rebutted rebuttal
// reopens its objection once; words follow the side.
import { describe, expect, it } from "vitest";
import { link, objection, position, proposal, statusOf, support } from "./test-debates.ts";

describe("the worked example of DESIGN.md", () => {
  const p = position("P");
  const o = objection("O", "P");
  const r1 = objection("R1", "O");
  const r2 = objection("R2", "R1");
  const r3 = objection("R3", "R2");

  it("counts an objection against a position as unanswered", () => {
    const { unansweredObjectionIds, view } = statusOf([p, o]);
    expect(unansweredObjectionIds).toEqual(["O"]);
    expect(view("P")).toMatchObject({ status: "challenged", unansweredCount: 1 });
    expect(view("O")).toMatchObject({ role: "objection", side: "against", status: "stands" });
  });

  it("answers it with a rebuttal, which is never counted itself", () => {
    const { unansweredObjectionIds, view } = statusOf([p, o, r1]);
    expect(unansweredObjectionIds).toEqual([]);
    expect(view("O")).toMatchObject({ status: "answered", unanswered: false });
    expect(view("R1")).toMatchObject({ role: "rebuttal", side: "for", unanswered: false });
    expect(view("P")).toMatchObject({ status: "stands", unansweredCount: 0 });
  });

  it("reopens the objection once when the rebuttal is rebutted, pointing at the counter", () => {
    const { unansweredObjectionIds, view } = statusOf([p, o, r1, r2]);
    expect(unansweredObjectionIds).toEqual(["O"]);
    expect(view("O")).toMatchObject({ unanswered: true, reopened: true, answerNextIds: ["R2"] });
    expect(view("R1")).toMatchObject({ status: "challenged" });
    expect(view("R2")).toMatchObject({ role: "rebuttal", side: "against", unanswered: false });
  });

  it("closes it again when the counter-rebuttal is answered", () => {
    const { unansweredObjectionIds, view } = statusOf([p, o, r1, r2, r3]);
    expect(unansweredObjectionIds).toEqual([]);
    expect(view("O")).toMatchObject({ status: "answered", reopened: false, answerNextIds: [] });
    expect(view("R2")).toMatchObject({ status: "answered" });
  });

  it("adds one for an objection against a support of the position", () => {
    const { unansweredObjectionIds, view } = statusOf([
      p,
      o,
      r1,
      r2,
      r3,
      support("S", "P"),
      objection("X", "S"),
    ]);
    expect(unansweredObjectionIds).toEqual(["X"]);
    expect(view("X")).toMatchObject({ role: "objection", side: "against", rootId: "P" });
    expect(view("S")).toMatchObject({ side: "for", status: "challenged", unansweredCount: 1 });
  });
});

describe("sides", () => {
  it("treats objections on the for side as rebuttals, whatever their target", () => {
    // O objects to P; T supports O (against); Y objects to T: Y is on the for side.
    const { view, unansweredObjectionIds } = statusOf([
      position("P"),
      objection("O", "P"),
      support("T", "O"),
      objection("Y", "T"),
    ]);
    expect(view("T")).toMatchObject({ role: "support", side: "against", status: "answered" });
    expect(view("Y")).toMatchObject({ role: "rebuttal", side: "for" });
    expect(unansweredObjectionIds).toEqual(["O"]);
  });

  it("counts a block against a proposal as an objection, and roots it at the proposal", () => {
    const { view, unansweredObjectionIds } = statusOf([proposal("Q"), objection("B", "Q")]);
    expect(unansweredObjectionIds).toEqual(["B"]);
    expect(view("Q")).toMatchObject({ role: "proposal", side: "for", status: "challenged" });
    expect(view("B")).toMatchObject({ role: "objection", rootId: "Q" });
  });

  it("keeps a claim's side from its primary target when it carries extra links", () => {
    // R rebuts O and also links to position Q: still a rebuttal, never counted.
    const { view, unansweredObjectionIds } = statusOf(
      [position("P"), objection("O", "P"), objection("R", "O"), position("Q")],
      [link("R", "Q")],
    );
    expect(view("R")).toMatchObject({ role: "rebuttal", side: "for" });
    expect(view("Q")).toMatchObject({ status: "challenged", unansweredCount: 0 });
    expect(unansweredObjectionIds).toEqual([]);
  });

  it("derives sides through hidden claims, which take no part in the labels", () => {
    const { view, statusOf: lookUp } = statusOf([
      position("P"),
      objection("O", "P", { moderation: "hidden" }),
      objection("R", "O"),
    ]);
    expect(lookUp("O")).toBeUndefined();
    expect(view("R")).toMatchObject({ role: "rebuttal", side: "for", status: "stands" });
    expect(view("P")).toMatchObject({ status: "stands", unansweredCount: 0 });
  });

  it("shows a parked objection as parked and keeps it open", () => {
    const { view, unansweredObjectionIds } = statusOf([
      position("P"),
      objection("O", "P", { parked: true }),
    ]);
    expect(view("O")).toMatchObject({ status: "parked", unanswered: true });
    expect(unansweredObjectionIds).toEqual(["O"]);
  });

  it("ignores a parked mark on an objection that has been answered", () => {
    const { view } = statusOf([
      position("P"),
      objection("O", "P", { parked: true }),
      objection("R", "O"),
    ]);
    expect(view("O")).toMatchObject({ status: "answered", unanswered: false });
  });
});
