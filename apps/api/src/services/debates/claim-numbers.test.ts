// Targets and links are numbered from the debate's claims (the statements no
// longer join the claims again to number them).
import { describe, expect, it } from "vitest";
import { claimNumbersOf, numberLinks, numberTarget } from "./claim-numbers.ts";

describe("numbering from the debate's claims", () => {
  const numberById = claimNumbersOf([
    { id: "a", number: 1 },
    { id: "b", number: 2 },
    { id: "c", number: 3 },
  ]);

  it("numbers both ends of each link", () => {
    expect(
      numberLinks(
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
      numberLinks(
        [
          ["a", "elsewhere"],
          ["elsewhere", "b"],
          ["a", "b"],
        ],
        numberById,
      ),
    ).toEqual([{ fromId: "a", toId: "b", fromNumber: 1, toNumber: 2 }]);
  });

  it("numbers a target of the debate, and none for no target or one elsewhere", () => {
    expect(numberTarget("b", numberById)).toEqual({ number: 2 });
    expect(numberTarget(null, numberById)).toBeNull();
    expect(numberTarget("elsewhere", numberById)).toBeNull();
  });
});
