import { mentionedIn } from "@steelman/api/mentions";
import { describe, expect, it } from "vitest";
import { mentionQueryAt } from "./mentions";

describe("mentionQueryAt", () => {
  it("finds the '@…' being typed before the caret", () => {
    expect(mentionQueryAt("Ask @Ad", 7)).toEqual({ start: 4, text: "Ad" });
    expect(mentionQueryAt("@", 1)).toEqual({ start: 0, text: "" });
    expect(mentionQueryAt("Ask @Ada Ok", 11)).toEqual({ start: 4, text: "Ada Ok" });
    expect(mentionQueryAt("(@Be", 4)).toEqual({ start: 1, text: "Be" });
  });

  it("ignores addresses, finished names and other lines", () => {
    expect(mentionQueryAt("mail ada@example.org", 20)).toBeNull();
    expect(mentionQueryAt("Ask @Ada Okafor ", 16)).toBeNull();
    expect(mentionQueryAt("Ask @Ada\nthen", 13)).toBeNull();
    expect(mentionQueryAt("no at sign", 10)).toBeNull();
  });
});

describe("mentionedIn (the API's rule, used by the composer)", () => {
  it("keeps the picks the text still names", () => {
    const picked = [
      { id: "a", displayName: "Ada Okafor" },
      { id: "b", displayName: "Ben" },
    ];
    expect(mentionedIn("Thanks @Ada Okafor", picked)).toEqual(["a"]);
  });
});
