// The timeline's events as ticks under the slider, evenly spaced by step;
// decisions and phase changes stand out, as the moments people look for.
import type { TimelineEvent } from "./debate-timeline";

/** More ticks than this would blur into a bar: the slider alone then. */
const MAX_TICKS = 400;

function tickClass(type: string): string {
  if (type.startsWith("decision.")) return "fill-emerald-700";
  if (type === "debate.phase_changed" || type === "debate.created") return "fill-sky-700";
  if (type.startsWith("vote.") || type.startsWith("ballot.")) return "fill-stone-300";
  return "fill-stone-500";
}

export function TimelineTicks({ events, current }: { events: TimelineEvent[]; current: number }) {
  if (events.length < 2 || events.length > MAX_TICKS) return null;
  const last = events.length - 1;
  return (
    <svg
      aria-hidden="true"
      className="block h-3 w-full"
      viewBox={`0 0 ${last * 10 + 2} 12`}
      preserveAspectRatio="none"
    >
      {events.map((event, index) => (
        <rect
          key={event.id}
          x={index * 10}
          y={index === current ? 0 : 4}
          width={2}
          height={index === current ? 12 : 8}
          className={index === current ? "fill-amber-600" : tickClass(event.type)}
        />
      ))}
    </svg>
  );
}
