// Links arrive as id pairs and are numbered from the debate's claims (the
// statement no longer joins the claims twice to number them).
import { describe, expect, it } from "vitest";
import { linksFromJson } from "./row-json.ts";

describe("linksFromJson", () => {
  const numberById = new Map([
    ["a", 1],
    ["b", 2],
    ["c", 3],
  ]);

  it("numbers both ends from the debate's claims", () => {
    expect(
      linksFromJson(
        [
          ["c", "a"],
          ["b", "c"],
        ],
        numberById,
      ),
    ).toEqual([
      { fromId: "c", toId: "a", fromNumber: 3, toNumber: 1 },
      { fromId: "b", toId: "c", fromNumber: 2, toNumber: 3 },
    ]);
  });

  it("leaves out a link whose end is not among the claims, as a join on them did", () => {
    expect(
      linksFromJson(
        [
          ["a", "elsewhere"],
          ["elsewhere", "b"],
          ["a", "b"],
        ],
        numberById,
      ),
    ).toEqual([{ fromId: "a", toId: "b", fromNumber: 1, toNumber: 2 }]);
  });
});
