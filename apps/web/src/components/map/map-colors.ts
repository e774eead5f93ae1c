import type { BadgeKind } from "@/components/debate/claim-status-badge";

/** The status colours of the outline's badges, as values for the minimap and the edges. */
export const STATUS_FILL: Record<BadgeKind, string> = {
  stands: "#10b981",
  answered: "#a8a29e",
  challenged: "#f97316",
  parked: "#eab308",
  undecided: "#8b5cf6",
  conceded: "#0ea5e9",
  unanswered: "#f59e0b",
  withdrawn: "#e7e5e4",
  merged: "#e7e5e4",
  hidden: "#e7e5e4",
};

export const EDGE_COLORS = { support: "#047857", attack: "#b91c1c" } as const;
