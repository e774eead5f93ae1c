import { describe, expect, it } from "vitest";
import { MATCH_END, MATCH_START, splitHighlight } from "./highlight.ts";

const marked = (text: string) => `${MATCH_START}${text}${MATCH_END}`;

describe("splitHighlight", () => {
  it("splits a fragment into plain and matched pieces, keeping markup as text", () => {
    expect(
      splitHighlight(`We ${marked("answered")} it <b>twice</b>, ${marked("answers")}`),
    ).toEqual([
      { text: "We ", match: false },
      { text: "answered", match: true },
      { text: " it <b>twice</b>, ", match: false },
      { text: "answers", match: true },
    ]);
  });

  it("reads an unclosed mark to the end and drops empty pieces", () => {
    expect(splitHighlight(`${marked("")}a${MATCH_START}b`)).toEqual([
      { text: "a", match: false },
      { text: "b", match: true },
    ]);
  });
});
