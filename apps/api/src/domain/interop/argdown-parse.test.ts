import { describe, expect, it } from "vitest";
import { argdownToDebateDocument } from "./argdown-parse.ts";

describe("Argdown import", () => {
  it("reads statements, nested supports and attacks, and numbers them in reading order", () => {
    const document = argdownToDebateDocument(
      [
        "# Should we open in Leeds?",
        "",
        "[Leeds]: Open a Leeds office",
        "  + [Clients]: Our clients are there",
        "  - [Rents]: Rents are rising",
        "    - [Caps]: Rents are capped",
        "",
        "[Caps]",
        "  -> [Clients]",
        "",
      ].join("\n"),
    );
    expect(document.debate.question).toBe("Should we open in Leeds?");
    expect(document.claims.map((c) => [c.ref, c.kind, c.target, c.body])).toEqual([
      ["c1", "position", null, "Open a Leeds office"],
      ["c2", "support", "c1", "Our clients are there"],
      ["c3", "objection", "c1", "Rents are rising"],
      ["c4", "objection", "c3", "Rents are capped"],
    ]);
    expect(document.links.map((l) => [l.from, l.to])).toEqual([["c4", "c2"]]);
  });

  it.each([
    ["no heading", "[A]: text\n", /heading/],
    ["no statements", "# A question\n", /no statements/],
    [
      "a statement that both supports and attacks",
      "# Question?\n\n[A]: a\n\n[C]: c\n\n[B]: b\n  +> [A]\n  -> [C]\n",
      /\[B\] both supports and attacks/,
    ],
    ["a circle of answers", "# Question?\n\n[A]: a\n  - [B]: b\n\n[A]\n  -> [B]\n", /circle/],
    ["an argument", "# Question?\n\n<Arg>: an argument\n  + [A]: a\n", /arguments/],
  ])("refuses %s with a sentence that says what is wrong", (_, source, message) => {
    expect(() => argdownToDebateDocument(source)).toThrow(message);
  });
});
