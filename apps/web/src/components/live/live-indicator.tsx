import type { LiveStatus } from "./use-live-debate";

const STYLES: Record<LiveStatus, { label: string; dot: string; text: string }> = {
  live: { label: "Live", dot: "bg-emerald-600", text: "text-emerald-900" },
  connecting: { label: "Connecting…", dot: "bg-stone-400", text: "text-stone-600" },
  reconnecting: {
    label: "Reconnecting…",
    dot: "bg-amber-500 animate-pulse",
    text: "text-amber-900",
  },
  offline: { label: "Offline", dot: "bg-red-600", text: "text-red-900" },
};

const MEANING: Record<LiveStatus, string> = {
  live: "Changes by anyone appear here as they happen.",
  connecting: "Connecting to live updates.",
  reconnecting: "The live connection dropped; changes made meanwhile will appear when it is back.",
  offline: "Live updates are unavailable; the page refreshes every 30 seconds instead.",
};

/** A small word and dot saying whether the page is following changes as they happen. */
export function LiveIndicator({ status, large = false }: { status: LiveStatus; large?: boolean }) {
  const { label, dot, text } = STYLES[status];
  return (
    <span
      title={MEANING[status]}
      data-live-status={status}
      className={`inline-flex items-center font-medium ${large ? "gap-2 text-lg" : "gap-1.5 text-xs"} ${text}`}
    >
      <span aria-hidden="true" className={`rounded-full ${large ? "size-3" : "size-2"} ${dot}`} />
      {label}
    </span>
  );
}
