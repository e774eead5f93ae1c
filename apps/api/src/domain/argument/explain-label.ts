import type { ClaimAttackGraph } from "./attack-graph.ts";
import { buildClaimAttackGraph, findNodeIndex } from "./attack-graph.ts";
import { ArgumentError } from "./errors.ts";
import type { ArgumentClaim, ArgumentLink, Label } from "./types.ts";
import { isConcededObjection } from "./types.ts";

/**
 * - `no_attackers`: `in`, nothing attacks it.
 * - `all_attackers_out`: `in`, every attacker is answered (children: the attackers).
 * - `attacked_by_in`: `out`, an attacker stands (child: one such attacker).
 * - `conceded`: `in` because the objection was conceded, whatever attacks it.
 * - `cycle`: `undecided`, no attacker stands but some are undecided, which
 *   traces back to a cycle of attacks (children: the undecided attackers); also
 *   used for a claim met again on the path being explained.
 */
export type ExplanationReason =
  | "no_attackers"
  | "all_attackers_out"
  | "attacked_by_in"
  | "conceded"
  | "cycle";

export interface LabelExplanation {
  claimId: string;
  label: Label;
  reason: ExplanationReason;
  children: LabelExplanation[];
  /** True when attackers were left out because of the depth or breadth bound. */
  truncated: boolean;
}

export interface ExplainOptions {
  /** Levels of attackers to expand below the claim (default 4, at most 32). */
  maxDepth?: number;
  /** Attackers expanded per claim (default 3). */
  maxBreadth?: number;
}

function mismatch(claimId: string, detail: string): ArgumentError {
  return new ArgumentError(
    "LABELS_MISMATCH",
    `labels do not match the debate at claim "${claimId}": ${detail}`,
  );
}

/** Explains a claim's label with a graph that is already built; null if the claim takes no part. */
export function explainLabelInGraph(
  graph: ClaimAttackGraph,
  claimId: string,
  labels: ReadonlyMap<string, Label>,
  options: ExplainOptions = {},
): LabelExplanation | null {
  const root = findNodeIndex(graph, claimId);
  if (root < 0) return null;
  const maxDepth = Math.min(32, Math.max(0, options.maxDepth ?? 4));
  const maxBreadth = Math.max(1, options.maxBreadth ?? 3);
  const onPath = new Set<number>();

  const labelAt = (node: number): Label => {
    const label = labels.get(graph.inputClaims[node]!.id);
    if (label === undefined) throw mismatch(graph.inputClaims[node]!.id, "no label given");
    return label;
  };
  const attackersOf = (node: number): number[] =>
    Array.from(
      graph.attackers.subarray(graph.attackerStart[node]!, graph.attackerStart[node + 1]!),
    );
  const isLeafIn = (node: number): boolean =>
    isConcededObjection(graph.inputClaims[node]!) ||
    graph.attackerStart[node] === graph.attackerStart[node + 1];

  const explain = (node: number, depth: number): LabelExplanation => {
    const claimId = graph.inputClaims[node]!.id;
    const label = labelAt(node);
    const base = { claimId, label, children: [] as LabelExplanation[], truncated: false };
    if (onPath.has(node)) return { ...base, reason: "cycle" };
    const attackers = attackersOf(node);
    const expand = (chosen: number[]): Omit<LabelExplanation, "reason"> => {
      if (chosen.length === 0) return base;
      if (depth >= maxDepth) return { ...base, truncated: true };
      onPath.add(node);
      const children = chosen.slice(0, maxBreadth).map((child) => explain(child, depth + 1));
      onPath.delete(node);
      return { ...base, children, truncated: chosen.length > maxBreadth };
    };

    if (isConcededObjection(graph.inputClaims[node]!)) {
      if (label !== "in") throw mismatch(claimId, "a conceded objection must be in");
      return { ...base, reason: "conceded" };
    }
    const byLabel = (wanted: Label) => attackers.filter((a) => labelAt(a) === wanted);
    if (label === "in") {
      if (attackers.length === 0) return { ...base, reason: "no_attackers" };
      if (byLabel("out").length !== attackers.length) {
        throw mismatch(claimId, "in, but an attacker is not out");
      }
      return { ...expand(attackers), reason: "all_attackers_out" };
    }
    if (label === "out") {
      const standing = byLabel("in");
      if (standing.length === 0) throw mismatch(claimId, "out, but no attacker is in");
      const fresh = standing.filter((a) => !onPath.has(a));
      const best = fresh.find(isLeafIn) ?? fresh[0] ?? standing[0]!;
      return { ...expand([best]), reason: "attacked_by_in" };
    }
    const open = byLabel("undecided");
    if (open.length === 0 || byLabel("in").length > 0) {
      throw mismatch(claimId, "undecided, but no attacker is undecided or one is in");
    }
    return { ...expand(open), reason: "cycle" };
  };

  return explain(root, 0);
}

/**
 * Why a claim has its label, as a tree bounded in depth and breadth: for
 * `out`, one attacker that is `in`; for `in`, its attackers, each `out`; for
 * `undecided`, its undecided attackers. Returns null when the claim takes no
 * part. `labels` must be the grounded labels of the same claims and links.
 */
export function explainLabel(
  claimId: string,
  claims: readonly ArgumentClaim[],
  links: readonly ArgumentLink[],
  labels: ReadonlyMap<string, Label>,
  options: ExplainOptions = {},
): LabelExplanation | null {
  return explainLabelInGraph(buildClaimAttackGraph(claims, links), claimId, labels, options);
}
