import type { DebatePhase } from "@/lib/debate";

export const PHASE_ORDER: readonly DebatePhase[] = [
  "draft",
  "open",
  "rebuttal",
  "voting",
  "decided",
  "archived",
];

/** What each phase lets people do, in a line. */
export const PHASE_HINTS: Record<DebatePhase, string> = {
  draft: "Facilitators prepare the debate; others cannot post yet.",
  open: "Anyone taking part may post positions, supports and objections.",
  rebuttal: "No new positions: answer the objections that are open.",
  voting: "Votes are open. Objections can still be answered.",
  decided: "The group has decided; the record stays open to reading.",
  archived: "Read only: nothing can change.",
};

/** The phase a facilitator most likely moves to next. */
export function suggestedNextPhase(phase: DebatePhase): DebatePhase {
  if (phase === "archived") return "open";
  return PHASE_ORDER[PHASE_ORDER.indexOf(phase) + 1] ?? "archived";
}
