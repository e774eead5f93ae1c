import { Graph, layout } from "@dagrejs/dagre";
import type { BadgeKind } from "@/components/debate/claim-status-badge";
import { badgeKindOf } from "@/components/debate/claim-status-badge";
import type { Claim } from "@/lib/debate";

export const NODE_WIDTH = 220;
export const NODE_HEIGHT = 104;

export type MapNode = { claim: Claim; kind: BadgeKind | null; x: number; y: number };
export type MapEdge = {
  id: string;
  /** The claim that supports or attacks… */
  from: string;
  /** …this one. */
  to: string;
  relation: "support" | "attack";
  /** An extra link ("this also answers #12"), not the claim's primary target. */
  extra: boolean;
};

/**
 * Lays the debate out in layers, positions at the top and each reply a layer
 * below its target. Only primary targets shape the layers; extra links are
 * drawn over the result. Pure, so the page memoizes it per version of the claims.
 */
export function layoutArgumentMap(claims: readonly Claim[]): {
  nodes: MapNode[];
  edges: MapEdge[];
} {
  const ids = new Set(claims.map((claim) => claim.id));
  const graph = new Graph();
  graph.setGraph({ rankdir: "TB", nodesep: 20, ranksep: 64, marginx: 16, marginy: 16 });
  graph.setDefaultEdgeLabel(() => ({}));
  const edges: MapEdge[] = [];
  for (const claim of claims) {
    graph.setNode(claim.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  }
  for (const claim of claims) {
    if (claim.kind === "position" || claim.kind === "proposal") continue;
    const relation = claim.kind === "support" ? "support" : "attack";
    if (claim.targetId && ids.has(claim.targetId)) {
      graph.setEdge(claim.targetId, claim.id);
      edges.push({
        id: `t-${claim.id}`,
        from: claim.id,
        to: claim.targetId,
        relation,
        extra: false,
      });
    }
    for (const to of claim.linkedTargetIds) {
      if (ids.has(to))
        edges.push({ id: `l-${claim.id}-${to}`, from: claim.id, to, relation, extra: true });
    }
  }
  layout(graph);
  const nodes = claims.map((claim) => {
    const { x, y } = graph.node(claim.id) as { x: number; y: number };
    return { claim, kind: badgeKindOf(claim), x: x - NODE_WIDTH / 2, y: y - NODE_HEIGHT / 2 };
  });
  return { nodes, edges };
}
