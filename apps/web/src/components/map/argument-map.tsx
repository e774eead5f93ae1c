"use client";

import "@xyflow/react/dist/style.css";
import {
  Background,
  Controls,
  type Edge,
  MarkerType,
  MiniMap,
  type NodeTypes,
  ReactFlow,
} from "@xyflow/react";
import { useMemo, useState } from "react";
import type { Claim } from "@/lib/debate";
import { claimElementId } from "@/lib/focus-claim";
import { type ClaimFlowNode, ClaimNode } from "./claim-node";
import { EDGE_COLORS, STATUS_FILL } from "./map-colors";
import { layoutArgumentMap, NODE_HEIGHT, NODE_WIDTH } from "./map-layout";
import { initialViewport } from "./map-viewport";

const NODE_TYPES: NodeTypes = { claim: ClaimNode };
/** Past this many claims, only what is on screen is drawn. */
const LARGE = 150;

type ArgumentMapProps = {
  claims: Claim[];
  debatePath: string;
  /** The map's box in pixels, measured before the first draw to choose where it opens. */
  size: { width: number; height: number };
};

/** The debate as a layered graph: drawn once per version of the claims, panned and zoomed freely. */
export function ArgumentMap({ claims, debatePath, size }: ArgumentMapProps) {
  const { nodes, edges, laid } = useMemo(() => {
    const laid = layoutArgumentMap(claims);
    const flowNodes: ClaimFlowNode[] = laid.nodes.map(({ claim, kind, x, y }) => ({
      id: claim.id,
      type: "claim",
      position: { x, y },
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      // Not draggable or selectable, so xyflow would let clicks fall through to the pane.
      style: { pointerEvents: "all" },
      data: { claim, kind, href: `${debatePath}#${claimElementId(claim.number)}` },
    }));
    const flowEdges: Edge[] = laid.edges.map((edge) => {
      const color = EDGE_COLORS[edge.relation];
      return {
        id: edge.id,
        source: edge.from,
        target: edge.to,
        style: {
          stroke: color,
          strokeWidth: edge.relation === "attack" ? 2 : 1.5,
          strokeDasharray: edge.extra ? "6 4" : undefined,
        },
        markerEnd: { type: MarkerType.ArrowClosed, color, width: 16, height: 16 },
      };
    });
    return { nodes: flowNodes, edges: flowEdges, laid: laid.nodes };
  }, [claims, debatePath]);
  // Chosen once, when the map opens; later changes keep the reader's place.
  const [viewport] = useState(() => initialViewport(laid, size.width, size.height));

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={NODE_TYPES}
      defaultViewport={viewport}
      fitViewOptions={{ padding: 0.05 }}
      minZoom={0.05}
      maxZoom={2}
      nodesDraggable={false}
      nodesConnectable={false}
      nodesFocusable={false}
      edgesFocusable={false}
      elementsSelectable={false}
      onlyRenderVisibleElements={nodes.length > LARGE}
      aria-label="Argument map"
    >
      <Background gap={24} color="#e7e5e4" />
      <Controls showInteractive={false} />
      <MiniMap
        pannable
        zoomable
        ariaLabel="Overview of the argument map"
        nodeColor={(node) => {
          const kind = (node as ClaimFlowNode).data.kind;
          return kind ? STATUS_FILL[kind] : "#e7e5e4";
        }}
      />
    </ReactFlow>
  );
}
