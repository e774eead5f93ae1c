"use client";

import { History } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { type DebateView, PHASE_LABELS } from "@/lib/debate";
import { formatDateTime } from "@/lib/format-time";

type PastBannerProps = {
  view: DebateView;
  onBackToNow: () => void;
  /** The timeline, to keep stepping from here. */
  children: ReactNode;
};

/** Says plainly that this is the past: read-only, no live updates, and the way back. */
export function PastBanner({ view, onBackToNow, children }: PastBannerProps) {
  if (!view.asOf) return null;
  return (
    <section
      aria-label="Looking back"
      className="space-y-3 rounded-lg border border-amber-400 bg-amber-50 px-4 py-3 text-amber-950"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <p className="flex items-start gap-2">
          <History aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <span>
            <strong>Looking back:</strong> the debate as it stood on{" "}
            <time dateTime={view.asOf.at}>{formatDateTime(view.asOf.at)}</time>, in the{" "}
            {PHASE_LABELS[view.debate.phase].toLowerCase()} phase. Read-only: nothing can be changed
            here, and live updates are paused.
          </span>
        </p>
        <Button variant="primary" className="min-h-9 py-1.5" onClick={onBackToNow}>
          Back to now
        </Button>
      </div>
      {children}
    </section>
  );
}
