import { GroupMarker } from "./group-marker";
import { groupLetter, groupStyle, type OpinionGroupsView } from "./group-style";

const WIDTH = 480;
const HEIGHT = 320;
const PAD = 24;
const GREY = "#a8a29e";

type Dot = OpinionGroupsView["dots"][number];

/**
 * Places dots on the canvas. People who voted alike share a point; they are
 * spread on a small spiral around it so each person stays visible.
 */
function layOut(dots: Dot[], radius: number) {
  const xs = dots.map((d) => d.x);
  const ys = dots.map((d) => d.y);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const scale = (v: number, min: number, max: number, size: number) =>
    max - min < 1e-9 ? size / 2 : PAD + ((v - min) / (max - min)) * (size - 2 * PAD);
  const seen = new Map<string, number>();
  return dots.map((dot) => {
    const x = scale(dot.x, minX, maxX, WIDTH);
    const y = HEIGHT - scale(dot.y, minY, maxY, HEIGHT);
    const key = `${Math.round(x / radius)}:${Math.round(y / radius)}`;
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    const angle = nth * 2.4;
    const spread = nth === 0 ? 0 : radius * 1.6 * Math.sqrt(nth);
    return { dot, x: x + Math.cos(angle) * spread, y: y + Math.sin(angle) * spread };
  });
}

/** Everyone placed as an anonymous dot on the two main axes of the votes, coloured and shaped by group. */
export function GroupsScatter({
  view,
  large = false,
}: {
  view: OpinionGroupsView;
  large?: boolean;
}) {
  const radius = large ? 7 : 5;
  const placed = layOut(view.dots, radius);
  const ungrouped = view.dots.filter((d) => d.groupId === null).length;
  const summary = [
    ...view.groups.map((g) => `group ${groupLetter(g.id)}: ${g.size} people`),
    ...(ungrouped > 0 ? [`${ungrouped} in groups too small to show, in grey`] : []),
  ].join("; ");
  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="groups-scatter-title"
        className="w-full max-w-3xl rounded-lg border border-stone-200 bg-white"
      >
        <title id="groups-scatter-title">
          {`Participants as dots on the two main axes of the votes: ${summary}.`}
        </title>
        {placed.map(({ dot, x, y }, i) => {
          const style = dot.groupId === null ? null : groupStyle(dot.groupId);
          return (
            // Dots have no identity: their place in the list is all there is.
            // biome-ignore lint/suspicious/noArrayIndexKey: anonymous dots
            <g key={i}>
              <GroupMarker
                x={x}
                y={y}
                r={radius}
                shape={style?.shape ?? "circle"}
                fill={style?.colour ?? GREY}
              />
              {dot.mine ? (
                <GroupMarker x={x} y={y} r={radius * 1.9} shape="ring" fill="#0c0a09" />
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="text-sm text-stone-700">
        <ul className="flex flex-wrap gap-x-5 gap-y-1">
          {view.groups.map((g) => (
            <li key={g.id} className="inline-flex items-center gap-1.5">
              <svg viewBox="0 0 20 20" className="size-4" aria-hidden="true">
                <GroupMarker
                  x={10}
                  y={10}
                  r={6}
                  shape={groupStyle(g.id).shape}
                  fill={groupStyle(g.id).colour}
                />
              </svg>
              Group {groupLetter(g.id)}: {g.size} {g.size === 1 ? "person" : "people"}
            </li>
          ))}
          {ungrouped > 0 ? <li>{ungrouped} in groups too small to show (grey)</li> : null}
          {view.dots.some((d) => d.mine) ? <li>The ringed dot is you.</li> : null}
        </ul>
      </figcaption>
    </figure>
  );
}
