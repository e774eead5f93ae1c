"use client";

import { ChevronDown, SlidersHorizontal } from "lucide-react";
import { useId, useState } from "react";
import { Countdown } from "@/components/live/countdown";
import { LiveIndicator } from "@/components/live/live-indicator";
import type { LiveStatus } from "@/components/live/use-live-debate";
import { Button } from "@/components/ui/button";
import { type DebateView, isFacilitator, PHASE_LABELS } from "@/lib/debate";
import { DebateViewLinks } from "./debate-view-links";
import { PHASE_HINTS } from "./phase-words";
import { WorkshopPanel } from "./workshop-panel";

type PhaseBarProps = {
  slug: string;
  view: DebateView;
  /** Server clock minus this browser's, from debate.get's serverNow. */
  offsetMs: number;
  live: LiveStatus;
};

/** The top of a debate in a workshop: its phase, the timer everyone sees, and the facilitator's controls. */
export function PhaseBar({ slug, view, offsetMs, live }: PhaseBarProps) {
  const { debate } = view;
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const facilitator = isFacilitator(debate.viewerRole);

  return (
    <div className="space-y-3">
      <section
        aria-label="Phase and timer"
        className="flex flex-wrap items-center gap-x-5 gap-y-2 rounded-lg border border-stone-200 bg-white px-4 py-2.5"
      >
        <p className="flex items-baseline gap-2" title={PHASE_HINTS[debate.phase]}>
          <span className="text-sm text-stone-600">Phase</span>
          <span className="text-lg font-semibold tracking-tight">{PHASE_LABELS[debate.phase]}</span>
        </p>
        {debate.phaseEndsAt ? (
          <p className="text-lg">
            <Countdown endsAt={debate.phaseEndsAt} offsetMs={offsetMs} />
          </p>
        ) : null}
        <LiveIndicator status={live} />
        <div className="flex flex-wrap items-center gap-2 sm:ml-auto">
          <DebateViewLinks
            slug={slug}
            debateId={debate.id}
            showGroups={debate.can.seeOpinionGroups}
          />
          {facilitator ? (
            <Button
              variant={open ? "primary" : "secondary"}
              className="min-h-9 py-1.5"
              aria-expanded={open}
              aria-controls={panelId}
              onClick={() => setOpen((value) => !value)}
            >
              <SlidersHorizontal aria-hidden="true" className="size-4" />
              Run the workshop
              <ChevronDown
                aria-hidden="true"
                className={`size-4 transition-transform ${open ? "rotate-180" : ""}`}
              />
            </Button>
          ) : null}
        </div>
      </section>
      {facilitator ? (
        <div id={panelId} hidden={!open}>
          {open ? <WorkshopPanel view={view} /> : null}
        </div>
      ) : null}
    </div>
  );
}
