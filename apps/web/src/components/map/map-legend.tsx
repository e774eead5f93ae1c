import { BADGES, type BadgeKind } from "@/components/debate/claim-status-badge";
import { EDGE_COLORS } from "./map-colors";

const STATUSES: BadgeKind[] = [
  "stands",
  "challenged",
  "answered",
  "undecided",
  "conceded",
  "unanswered",
  "parked",
];

/** What the colours, words and lines of the map mean. */
export function MapLegend() {
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm text-stone-700">
      <ul aria-label="Statuses" className="flex flex-wrap items-center gap-2">
        {STATUSES.map((kind) => {
          const { label, Icon, className, meaning } = BADGES[kind];
          return (
            <li
              key={kind}
              title={meaning}
              className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium ${className}`}
            >
              <Icon aria-hidden="true" className="size-3.5" />
              {label}
            </li>
          );
        })}
      </ul>
      <ul aria-label="Lines" className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <LineKey color={EDGE_COLORS.support} label="supports" />
        <LineKey color={EDGE_COLORS.attack} label="objects to" thick />
        <LineKey color="#57534e" label="extra link" dashed />
      </ul>
    </div>
  );
}

function LineKey(props: { color: string; label: string; dashed?: boolean; thick?: boolean }) {
  return (
    <li className="inline-flex items-center gap-1.5">
      <svg aria-hidden="true" width="28" height="8" viewBox="0 0 28 8">
        <line
          x1="0"
          y1="4"
          x2="28"
          y2="4"
          stroke={props.color}
          strokeWidth={props.thick ? 2.5 : 1.5}
          strokeDasharray={props.dashed ? "5 3" : undefined}
        />
      </svg>
      {props.label}
    </li>
  );
}
