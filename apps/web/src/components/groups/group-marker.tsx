import type { GroupShape } from "./group-style";

type MarkerProps = { x: number; y: number; r: number; shape: GroupShape | "ring"; fill: string };

/** One dot of the scatter, drawn as its group's shape so groups differ without colour. */
export function GroupMarker({ x, y, r, shape, fill }: MarkerProps) {
  switch (shape) {
    case "square":
      return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} fill={fill} />;
    case "triangle":
      return (
        <polygon
          points={`${x},${y - r * 1.2} ${x - r * 1.1},${y + r} ${x + r * 1.1},${y + r}`}
          fill={fill}
        />
      );
    case "diamond":
      return (
        <polygon
          points={`${x},${y - r * 1.3} ${x + r * 1.3},${y} ${x},${y + r * 1.3} ${x - r * 1.3},${y}`}
          fill={fill}
        />
      );
    case "cross":
      return (
        <path
          d={`M${x - r},${y - r}L${x + r},${y + r}M${x + r},${y - r}L${x - r},${y + r}`}
          stroke={fill}
          strokeWidth={r * 0.7}
        />
      );
    case "ring":
      return <circle cx={x} cy={y} r={r} fill="none" stroke={fill} strokeWidth={1.5} />;
    default:
      return <circle cx={x} cy={y} r={r} fill={fill} />;
  }
}
