import { Lock } from "lucide-react";

/** Shown beside a claim whose thread a facilitator locked: it takes no new replies. */
export function LockedMarker() {
  return (
    <span
      title="Locked by a facilitator: no new replies beneath this claim."
      className="inline-flex items-center gap-1 rounded-full border border-stone-300 bg-stone-100 px-2 py-0.5 text-xs font-medium text-stone-800"
    >
      <Lock aria-hidden="true" className="size-3.5" />
      Locked
    </span>
  );
}
