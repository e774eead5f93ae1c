import { Ban, CircleCheck, Clock, TimerOff } from "lucide-react";
import type { RouterOutputs } from "@/lib/trpc";

export type InvitationStatus = RouterOutputs["invitation"]["list"][number]["status"];

const STATUS = {
  pending: { label: "Pending", Icon: Clock, className: "text-sky-800" },
  accepted: { label: "Accepted", Icon: CircleCheck, className: "text-emerald-800" },
  expired: { label: "Expired", Icon: TimerOff, className: "text-stone-600" },
  revoked: { label: "Revoked", Icon: Ban, className: "text-stone-600" },
} satisfies Record<InvitationStatus, unknown>;

/** Status always as a word with an icon, never colour alone. */
export function InvitationStatusLabel({ status }: { status: InvitationStatus }) {
  const { label, Icon, className } = STATUS[status];
  return (
    <span className={`inline-flex items-center gap-1.5 ${className}`}>
      <Icon aria-hidden="true" className="size-4" />
      {label}
    </span>
  );
}
