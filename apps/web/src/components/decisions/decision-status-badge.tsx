import { CalendarClock, CircleCheck, History, type LucideIcon, TriangleAlert } from "lucide-react";
import { type DecisionStatus, STATUS_LABELS } from "./decision-words";

const STYLES: Record<DecisionStatus, { Icon: LucideIcon; className: string; meaning: string }> = {
  active: {
    Icon: CircleCheck,
    className: "border-emerald-300 bg-emerald-50 text-emerald-900",
    meaning: "Every claim it rests on still stands.",
  },
  due_for_review: {
    Icon: CalendarClock,
    className: "border-sky-300 bg-sky-50 text-sky-900",
    meaning: "Its review date has come.",
  },
  contested: {
    Icon: TriangleAlert,
    className: "border-amber-400 bg-amber-50 text-amber-950",
    meaning: "A claim it rests on no longer stands: review it.",
  },
  superseded: {
    Icon: History,
    className: "border-stone-300 bg-stone-100 text-stone-700",
    meaning: "A later decision replaces it.",
  },
};

/** A decision's standing: one word and icon each, never colour alone. */
export function DecisionStatusBadge({ status }: { status: DecisionStatus }) {
  const { Icon, className, meaning } = STYLES[status];
  return (
    <span
      title={meaning}
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${className}`}
    >
      <Icon aria-hidden="true" className="size-3.5" />
      <span className="sr-only">Status: </span>
      {STATUS_LABELS[status]}
    </span>
  );
}
