import {
  CircleAlert,
  CircleCheck,
  CircleDot,
  CirclePause,
  CircleQuestionMark,
  CircleSlash,
  EyeOff,
  GitMerge,
  Handshake,
  type LucideIcon,
  Undo2,
} from "lucide-react";
import type { Claim } from "@/lib/debate";

export type BadgeKind =
  | "stands"
  | "answered"
  | "challenged"
  | "undecided"
  | "parked"
  | "conceded"
  | "unanswered"
  | "withdrawn"
  | "merged"
  | "hidden";

type BadgeStyle = { label: string; Icon: LucideIcon; className: string; meaning: string };

/** One word, one icon and one colour per status, everywhere (never colour alone). */
export const BADGES: Record<BadgeKind, BadgeStyle> = {
  stands: {
    label: "Stands",
    Icon: CircleCheck,
    className: "border-emerald-300 bg-emerald-50 text-emerald-900",
    meaning: "Every objection to it is answered, or it has none.",
  },
  answered: {
    label: "Answered",
    Icon: CircleSlash,
    className: "border-stone-300 bg-stone-100 text-stone-800",
    meaning: "An objection or rebuttal that has been answered: an answer to it stands.",
  },
  challenged: {
    label: "Challenged",
    Icon: CircleDot,
    className: "border-orange-300 bg-orange-50 text-orange-900",
    meaning: "A standing objection against it has not been answered.",
  },
  undecided: {
    label: "Undecided",
    Icon: CircleQuestionMark,
    className: "border-violet-300 bg-violet-50 text-violet-900",
    meaning: "It hangs on a cycle of objections that answer each other.",
  },
  conceded: {
    label: "Conceded",
    Icon: Handshake,
    className: "border-sky-300 bg-sky-50 text-sky-900",
    meaning: "Accepted as true: it stands and is acknowledged.",
  },
  parked: {
    label: "Parked",
    Icon: CirclePause,
    className: "border-yellow-400 bg-yellow-50 text-yellow-900",
    meaning: "An unanswered objection a facilitator set aside with a reason: still open.",
  },
  unanswered: {
    label: "Unanswered",
    Icon: CircleAlert,
    className: "border-amber-300 bg-amber-50 text-amber-900",
    meaning: "An objection that stands and has no answer or resolution yet.",
  },
  withdrawn: {
    label: "Withdrawn",
    Icon: Undo2,
    className: "border-stone-300 bg-white text-stone-700",
    meaning: "Withdrawn by its author; it takes no part in the argument.",
  },
  merged: {
    label: "Merged",
    Icon: GitMerge,
    className: "border-stone-300 bg-white text-stone-700",
    meaning: "Merged into another claim; it takes no part in the argument.",
  },
  hidden: {
    label: "Hidden",
    Icon: EyeOff,
    className: "border-stone-300 bg-white text-stone-700",
    meaning: "Hidden by a facilitator; it takes no part in the argument.",
  },
};

/** What a claim's badge shows: its moderation when it takes no part, else its status from the server. */
export function badgeKindOf(claim: Claim): BadgeKind | null {
  if (claim.moderation !== "visible") return claim.moderation;
  if (claim.park) return "parked";
  if (claim.unanswered) return "unanswered";
  return claim.status;
}

export function StatusBadge({ kind }: { kind: BadgeKind }) {
  const { label, Icon, className, meaning } = BADGES[kind];
  return (
    <span
      title={meaning}
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium ${className}`}
    >
      <Icon aria-hidden="true" className="size-3.5" />
      <span className="sr-only">Status: </span>
      {label}
    </span>
  );
}

export function ClaimStatusBadge({ claim }: { claim: Claim }) {
  const kind = badgeKindOf(claim);
  return kind ? <StatusBadge kind={kind} /> : null;
}
