import { describe, expect, it } from "vitest";
import { formatArgdown } from "./argdown.ts";

describe("Argdown export", () => {
  it("nests supports (+) and attacks (-) under their targets, and writes extra links", () => {
    const text = formatArgdown(
      "Ship on Friday",
      [
        { id: "p", number: 1, kind: "position", targetId: null, body: "Yes" },
        { id: "s", number: 2, kind: "support", targetId: "p", body: "Users wait" },
        { id: "o", number: 3, kind: "objection", targetId: "p", body: "Weekend [on call]" },
        { id: "r", number: 4, kind: "objection", targetId: "o", body: "We have a rota" },
      ],
      [{ fromId: "r", toId: "s" }],
    );
    expect(text).toContain("# Ship on Friday");
    expect(text).toContain("[Position 1]: Yes");
    expect(text).toContain("    + [Support 2]: Users wait");
    expect(text).toContain("    - [Objection 3]: Weekend \\[on call\\]");
    expect(text).toContain("        - [Objection 4]: We have a rota");
    expect(text).toContain("            -> [Support 2]");
  });

  it("walks a long rebuttal chain without recursion", () => {
    const claims = Array.from({ length: 3_000 }, (_, i) => ({
      id: `c${i}`,
      number: i + 1,
      kind: i === 0 ? ("position" as const) : ("objection" as const),
      targetId: i === 0 ? null : `c${i - 1}`,
      body: `claim ${i}`,
    }));
    expect(formatArgdown("Deep", claims, []).split("\n").length).toBeGreaterThan(3_000);
  });
});
