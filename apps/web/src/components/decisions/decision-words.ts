import type { Disposition } from "@steelman/api/vocabulary";
import type { RouterOutputs } from "@/lib/trpc";

export type DecisionDetail = RouterOutputs["decision"]["get"];
export type DecisionLogEntry = RouterOutputs["decision"]["log"][number];
export type DecisionStatus = DecisionDetail["status"];
export type Preparation = RouterOutputs["decision"]["prepare"];
export type OpenObjection = Preparation["openObjections"][number];
export type { Disposition } from "@steelman/api/vocabulary";
export type Label = DecisionDetail["premises"][number]["labelNow"];

export const DISPOSITIONS = [
  {
    value: "accepted_risk",
    label: "Accepted risk",
    hint: "We go ahead knowing it may be right.",
  },
  {
    value: "will_monitor",
    label: "Will monitor",
    hint: "We go ahead and watch for signs that it is right.",
  },
  { value: "out_of_scope", label: "Out of scope", hint: "It does not bear on this decision." },
] as const satisfies readonly { value: Disposition; label: string; hint: string }[];

export const DISPOSITION_LABELS: Record<Disposition, string> = {
  accepted_risk: "Accepted risk",
  will_monitor: "Will monitor",
  out_of_scope: "Out of scope",
};

export const STATUS_LABELS: Record<DecisionStatus, string> = {
  active: "Active",
  due_for_review: "Due for review",
  contested: "Premise contested — review",
  superseded: "Superseded",
};

/** The word for a claim's grounded label, as the debate page says it. */
export function labelWord(label: Label | string | null): string {
  if (label === "in") return "Stands";
  if (label === "out") return "Answered";
  if (label === "undecided") return "Undecided";
  return "No longer in the debate";
}

/** A date-only input's value ("2027-03-01") read as midday UTC, so no time zone moves its day. */
export function dateFromInput(value: string): Date | null {
  return value ? new Date(`${value}T12:00:00Z`) : null;
}

export function inputFromDate(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

/** Whether a value (from the address, say) names a decision status. */
export function isDecisionStatus(value: string): value is DecisionStatus {
  return Object.hasOwn(STATUS_LABELS, value);
}
