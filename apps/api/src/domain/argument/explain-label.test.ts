import { describe, expect, it } from "vitest";
import type { LabelExplanation } from "./explain-label.ts";
import { explainLabel } from "./explain-label.ts";
import { computeGroundedLabels } from "./grounded-labels.ts";
import { link, objection, position, rebuttalChain } from "./test-debates.ts";
import type { ArgumentClaim, ArgumentLink } from "./types.ts";

function explain(
  id: string,
  claims: ArgumentClaim[],
  links: ArgumentLink[] = [],
  options: { maxDepth?: number; maxBreadth?: number } = {},
) {
  return explainLabel(id, claims, links, computeGroundedLabels(claims, links), options);
}

/** The tree as nested "id label reason" strings, for compact expectations. */
function outline(node: LabelExplanation | null): unknown {
  if (!node) return null;
  const head = `${node.claimId} ${node.label} ${node.reason}${node.truncated ? " …" : ""}`;
  return node.children.length === 0 ? head : [head, ...node.children.map(outline)];
}

describe("explainLabel", () => {
  it("explains an unattacked claim", () => {
    expect(outline(explain("p", [position("p")]))).toBe("p in no_attackers");
  });

  it("explains reinstatement down to an unattacked claim", () => {
    const claims = [position("a"), objection("b", "a"), objection("c", "b")];
    expect(explain("a", claims)).toEqual({
      claimId: "a",
      label: "in",
      reason: "all_attackers_out",
      truncated: false,
      children: [
        {
          claimId: "b",
          label: "out",
          reason: "attacked_by_in",
          truncated: false,
          children: [
            { claimId: "c", label: "in", reason: "no_attackers", truncated: false, children: [] },
          ],
        },
      ],
    });
  });

  it("explains a concession without looking at its rebuttals", () => {
    const claims = [
      position("p"),
      objection("o", "p", { resolution: "conceded" }),
      objection("r", "o"),
    ];
    expect(outline(explain("p", claims))).toEqual(["p out attacked_by_in", "o in conceded"]);
  });

  it("prefers an attacker that stands on its own", () => {
    const claims = [
      position("p"),
      objection("long", "p"),
      objection("x", "long"),
      objection("y", "x"),
      objection("short", "p"),
    ];
    expect(outline(explain("p", claims))).toEqual([
      "p out attacked_by_in",
      "short in no_attackers",
    ]);
  });

  it("traces an undecided claim back to its cycle", () => {
    const claims = [position("p"), objection("a", "b"), objection("b", "a")];
    expect(outline(explain("p", claims, [link("a", "p")]))).toEqual([
      "p undecided cycle",
      ["a undecided cycle", ["b undecided cycle", "a undecided cycle"]],
    ]);
  });

  it("stops at the depth bound and marks the cut", () => {
    const tree = explain("p", rebuttalChain(100_000), [], { maxDepth: 3 });
    expect(outline(tree)).toEqual([
      "p in all_attackers_out",
      ["o1 out attacked_by_in", ["o2 in all_attackers_out", "o3 out attacked_by_in …"]],
    ]);
  });

  it("shows at most maxBreadth attackers and marks the rest", () => {
    const claims = [position("p")];
    for (let k = 1; k <= 5; k++) claims.push(objection(`o${k}`, "p"), objection(`r${k}`, `o${k}`));
    const tree = explain("p", claims, [], { maxBreadth: 2, maxDepth: 1 });
    expect(outline(tree)).toEqual([
      "p in all_attackers_out …",
      "o1 out attacked_by_in …",
      "o2 out attacked_by_in …",
    ]);
  });

  it("returns null for a claim that takes no part", () => {
    const claims = [position("p"), objection("o", "p", { moderation: "hidden" })];
    expect(explain("o", claims)).toBeNull();
    expect(explain("nowhere", claims)).toBeNull();
  });

  it("refuses labels that do not match the debate", () => {
    const claims = [position("p"), objection("o", "p")];
    const wrong = new Map([
      ["p", "in" as const],
      ["o", "in" as const],
    ]);
    expect(() => explainLabel("p", claims, [], wrong)).toThrow(/labels do not match/);
  });
});
