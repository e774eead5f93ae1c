import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mentionedIn, newlyMentioned } from "./mentions.ts";

const ada = { id: "a", displayName: "Ada Okafor" };
const al = { id: "l", displayName: "Al" };

describe("mentions", () => {
  it("finds a picked person's @Name anywhere, as a whole name", () => {
    expect(mentionedIn("As @Ada Okafor said, rents are half.", [ada])).toEqual(["a"]);
    expect(mentionedIn("(@Ada Okafor)", [ada])).toEqual(["a"]);
    expect(mentionedIn("@Alfred disagrees", [al])).toEqual([]);
    expect(mentionedIn("@Al, and @Alfred", [al])).toEqual(["l"]);
    expect(mentionedIn("Ada Okafor without the sign", [ada])).toEqual([]);
  });

  it("tells only those an edit adds", () => {
    expect(newlyMentioned("@Al said so", "@Al and @Ada Okafor said so", [ada, al])).toEqual(["a"]);
    expect(newlyMentioned("@Al said so", "Nobody said so", [ada, al])).toEqual([]);
  });

  it("never finds someone whose @Name the text does not hold", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const found = mentionedIn(text, [ada, al]);
        for (const id of found) {
          const name = id === "a" ? ada.displayName : al.displayName;
          expect(text).toContain(`@${name}`);
        }
        // Text that merely contains "@" mentions nobody who was not picked.
        expect(mentionedIn(text, [])).toEqual([]);
      }),
    );
  });
});
