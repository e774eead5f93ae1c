import { describe, expect, it } from "vitest";
import type { AttackGraph } from "./attack-graph.ts";
import { buildAttackGraph, buildClaimAttackGraph, findNodeIndex } from "./attack-graph.ts";
import { link, objection, position, support } from "./test-debates.ts";

function attackPairs(graph: AttackGraph): string[] {
  const pairs: string[] = [];
  for (let a = 0; a < graph.size; a++) {
    for (let k = graph.targetStart[a]!; k < graph.targetStart[a + 1]!; k++) {
      pairs.push(`${graph.ids[a]}->${graph.ids[graph.targets[k]!]}`);
    }
  }
  return pairs.sort();
}

function attackersOf(graph: AttackGraph, id: string): string[] {
  const i = graph.ids.indexOf(id);
  const found = graph.attackers.subarray(graph.attackerStart[i]!, graph.attackerStart[i + 1]!);
  return Array.from(found, (a) => graph.ids[a]!).sort();
}

describe("buildClaimAttackGraph", () => {
  it("makes objections attack their target and their extra links' targets", () => {
    const graph = buildClaimAttackGraph(
      [position("p"), position("q"), objection("o", "p"), objection("r", "o")],
      [link("o", "q")],
    );
    expect(attackPairs(graph)).toEqual(["o->p", "o->q", "r->o"]);
    expect(attackersOf(graph, "o")).toEqual(["r"]);
    expect(attackersOf(graph, "p")).toEqual(["o"]);
  });

  it("never lets supports or positions attack, even through links", () => {
    const graph = buildClaimAttackGraph(
      [position("p"), position("q"), support("s", "p")],
      [link("s", "q"), link("p", "q")],
    );
    expect(attackPairs(graph)).toEqual([]);
  });

  it("leaves hidden, merged and withdrawn claims out, with their attacks", () => {
    const graph = buildClaimAttackGraph(
      [
        position("p"),
        objection("hidden", "p", { moderation: "hidden" }),
        objection("merged", "p", { moderation: "merged" }),
        position("gone", { moderation: "withdrawn" }),
        objection("o", "gone"),
      ],
      [link("o", "gone"), link("hidden", "p")],
    );
    // Every claim is a node; those that take no part have no attacks and no node index.
    expect(attackPairs(graph)).toEqual([]);
    expect(findNodeIndex(graph, "p")).toBe(0);
    expect(findNodeIndex(graph, "o")).toBe(4);
    expect(findNodeIndex(graph, "gone")).toBe(-1);
    expect(findNodeIndex(graph, "hidden")).toBe(-1);
    expect(findNodeIndex(graph, "nowhere")).toBe(-1);
  });

  it("counts an attack once when a link repeats the primary target", () => {
    const graph = buildClaimAttackGraph(
      [position("p"), objection("o", "p")],
      [link("o", "p"), link("o", "p")],
    );
    expect(attackPairs(graph)).toEqual(["o->p"]);
    expect(graph.attackers.length).toBe(1);
  });

  it("drops repeats from a long row too, and counts each attacker once", () => {
    const positions = ["p0", "p1", "p2", "p3", "p4"].map((id) => position(id));
    const links = Array.from({ length: 40 }, (_, k) => link("o", `p${k % 5}`));
    const graph = buildClaimAttackGraph([...positions, objection("o", "p0")], links);
    expect(attackPairs(graph)).toEqual(["o->p0", "o->p1", "o->p2", "o->p3", "o->p4"]);
    expect(Array.from(graph.attackerCounts)).toEqual([1, 1, 1, 1, 1, 0]);
    expect(attackersOf(graph, "p3")).toEqual(["o"]);
  });

  it("ignores links and targets naming unknown claims", () => {
    const graph = buildClaimAttackGraph([objection("o", "missing")], [link("o", "elsewhere")]);
    expect(attackPairs(graph)).toEqual([]);
  });

  it("refuses a claim id given twice", () => {
    expect(() => buildClaimAttackGraph([position("p"), position("p")], [])).toThrow(
      /claim "p" appears twice/,
    );
  });
});

describe("buildAttackGraph", () => {
  it("lays out both directions of a small graph", () => {
    const from = Int32Array.of(0, 0, 2, 1, 0);
    const to = Int32Array.of(1, 2, 2, 0, 1);
    const graph = buildAttackGraph(["a", "b", "c"], from, to, 5);
    expect(Array.from(graph.targetStart)).toEqual([0, 2, 3, 4]);
    expect(Array.from(graph.targets)).toEqual([1, 2, 0, 2]);
    expect(Array.from(graph.attackerStart)).toEqual([0, 1, 2, 4]);
    expect(Array.from(graph.attackers)).toEqual([1, 0, 0, 2]);
  });
});
