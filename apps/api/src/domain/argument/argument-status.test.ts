import { describe, expect, it } from "vitest";
import { computeArgumentStatus } from "./argument-status.ts";
import { link, objection, position, rebuttalChain, statusOf, support } from "./test-debates.ts";
import type { ModerationState } from "./types.ts";

describe("computeArgumentStatus", () => {
  it("shows stands, answered and undecided from the label", () => {
    const { view } = statusOf(
      [
        position("p"),
        objection("o", "p"),
        objection("r", "o"),
        position("q"),
        objection("a", "b"),
        objection("b", "a"),
      ],
      [link("a", "q")],
    );
    expect(view("p")).toMatchObject({ label: "in", status: "stands" });
    expect(view("o")).toMatchObject({ label: "out", status: "answered", unanswered: false });
    // A rebuttal is an answer: it stands but is never an unanswered objection.
    expect(view("r")).toMatchObject({ label: "in", status: "stands", unanswered: false });
    expect(view("q")).toMatchObject({ label: "undecided", status: "undecided" });
    expect(view("a")).toMatchObject({ label: "undecided", status: "undecided", unanswered: false });
  });

  it("shows a conceded objection as conceded, standing but not unanswered", () => {
    const { view, unansweredObjectionIds } = statusOf([
      position("p"),
      objection("o", "p", { resolution: "conceded" }),
      objection("r", "o"),
    ]);
    expect(view("o")).toMatchObject({ label: "in", status: "conceded", unanswered: false });
    expect(view("p")).toMatchObject({ label: "out", status: "challenged", unansweredCount: 0 });
    expect(unansweredObjectionIds).toEqual([]);
  });

  it("does not count an objection closed with a resolution as unanswered", () => {
    const { view, unansweredObjectionIds } = statusOf([
      position("p"),
      objection("o", "p", { resolution: "out_of_scope" }),
      objection("d", "p", { resolution: "duplicate" }),
    ]);
    expect(view("o")).toMatchObject({ label: "in", status: "stands", unanswered: false });
    expect(view("p")).toMatchObject({ label: "out", unansweredCount: 0 });
    expect(unansweredObjectionIds).toEqual([]);
  });

  it.each<ModerationState>(["hidden", "withdrawn", "merged"])(
    "reopens an objection when its only rebuttal is %s",
    (moderation) => {
      const answered = statusOf([position("p"), objection("o", "p"), objection("r", "o")]);
      expect(answered.view("o").unanswered).toBe(false);
      const reopened = statusOf([
        position("p"),
        objection("o", "p"),
        objection("r", "o", { moderation }),
      ]);
      expect(reopened.view("o")).toMatchObject({ label: "in", unanswered: true });
      expect(reopened.view("p")).toMatchObject({ status: "challenged", unansweredCount: 1 });
      expect(reopened.statusOf("r")).toBeUndefined();
      expect(reopened.unansweredObjectionIds).toEqual(["o"]);
    },
  );

  it("makes an objection unanswered again when its rebuttal is rebutted", () => {
    const { view, unansweredObjectionIds } = statusOf([
      position("p"),
      objection("o", "p"),
      objection("r", "o"),
      objection("rr", "r"),
    ]);
    expect(view("o")).toMatchObject({ label: "in", unanswered: true, unansweredCount: 0 });
    expect(view("r")).toMatchObject({ label: "out", unanswered: false, unansweredCount: 0 });
    expect(view("rr")).toMatchObject({ label: "in", unanswered: false });
    expect(view("p")).toMatchObject({ status: "challenged", unansweredCount: 1 });
    expect(unansweredObjectionIds).toEqual(["o"]);
  });

  it("counts the unanswered objections that attack a position directly", () => {
    const { view, unansweredObjectionIds } = statusOf(
      [
        position("p"),
        position("q"),
        objection("o1", "p"),
        objection("o2", "p"),
        objection("r2", "o2"),
        objection("o3", "q"),
        objection("o4", "p", { resolution: "conceded" }),
        objection("o5", "p"),
        objection("far", "o1"),
        objection("back", "far"),
        support("s", "p"),
      ],
      [link("o3", "p"), link("o5", "p"), link("s", "p")],
    );
    // o1 (reinstated), o3 (by link) and o5 (once, though linked twice) are unanswered.
    expect(view("p")).toMatchObject({ label: "out", unansweredCount: 3 });
    expect(view("q")).toMatchObject({ unansweredCount: 1 });
    expect(unansweredObjectionIds).toEqual(["o1", "o3", "o5"]);
  });

  it("returns exactly the visible claims, in input order", () => {
    const { claims, statusOf: lookUp } = computeArgumentStatus(
      [objection("o", "p"), objection("h", "p", { moderation: "hidden" }), position("p")],
      [],
    );
    expect(claims.map((c) => c.claimId)).toEqual(["o", "p"]);
    expect(lookUp("h")).toBeUndefined();
    expect(lookUp("nowhere")).toBeUndefined();
  });

  it("handles a chain of 100,000 rebuttals", () => {
    const length = 100_000;
    const { view, unansweredObjectionIds } = statusOf(rebuttalChain(length));
    // o1 is the only objection; every later link is a rebuttal, and o1 is answered.
    expect(view(`o${length}`)).toMatchObject({ label: "in", role: "rebuttal", unanswered: false });
    expect(view(`o${length - 1}`)).toMatchObject({ label: "out", unansweredCount: 0 });
    expect(view("o1")).toMatchObject({ label: "out", status: "answered" });
    expect(view("p")).toMatchObject({ status: "stands", unansweredCount: 0 });
    expect(unansweredObjectionIds).toEqual([]);
    const odd = statusOf(rebuttalChain(length + 1));
    expect(odd.view("o1")).toMatchObject({
      unanswered: true,
      reopened: true,
      answerNextIds: ["o3"],
    });
  });
});
