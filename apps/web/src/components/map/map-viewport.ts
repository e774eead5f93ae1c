import { type MapNode, NODE_HEIGHT, NODE_WIDTH } from "./map-layout";

export type Viewport = { x: number; y: number; zoom: number };

const PADDING = 24;
/** Below this zoom a claim's words cannot be read: show part of the map instead. */
const READABLE_ZOOM = 0.5;
const LARGE_MAP_ZOOM = 0.65;

/**
 * Where the map opens: the whole debate when it fits at a readable size;
 * otherwise its top (the positions), readable, starting at the first
 * position. The minimap and the controls reach the rest.
 */
export function initialViewport(
  nodes: readonly MapNode[],
  width: number,
  height: number,
): Viewport {
  if (nodes.length === 0) return { x: 0, y: 0, zoom: 1 };
  const minX = Math.min(...nodes.map((n) => n.x));
  const minY = Math.min(...nodes.map((n) => n.y));
  const maxX = Math.max(...nodes.map((n) => n.x + NODE_WIDTH));
  const maxY = Math.max(...nodes.map((n) => n.y + NODE_HEIGHT));
  const fit = Math.min(
    (width - 2 * PADDING) / (maxX - minX),
    (height - 2 * PADDING) / (maxY - minY),
    1,
  );
  if (fit >= READABLE_ZOOM) {
    return {
      zoom: fit,
      x: (width - (maxX - minX) * fit) / 2 - minX * fit,
      y: (height - (maxY - minY) * fit) / 2 - minY * fit,
    };
  }
  const zoom = LARGE_MAP_ZOOM;
  const first = nodes.reduce((a, b) => (b.claim.number < a.claim.number ? b : a));
  const x = Math.min(PADDING - minX * zoom, width / 2 - (first.x + NODE_WIDTH / 2) * zoom);
  return { zoom, x, y: PADDING - minY * zoom };
}
