"use client";

import { useQuery } from "@tanstack/react-query";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { type ClaimLookup, describeEvent } from "@/components/live/activity-sentence";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { getErrorMessage } from "@/lib/error-message";
import { formatDateTime } from "@/lib/format-time";
import { type RouterOutputs, useTRPC } from "@/lib/trpc";
import { TimelineTicks } from "./timeline-ticks";

export type TimelineEvent = RouterOutputs["debate"]["timeline"][number];

/** Steps taken quickly (a held arrow key) read the debate once, where they stop. */
const SETTLE_MS = 250;

type DebateTimelineProps = {
  debateId: string;
  /** The event shown, or null for now. */
  asOf: string | null;
  onMove: (eventId: string | null) => void;
  lookup: ClaimLookup;
};

/** The index of the last event at or before `asOf` (the last of all for now). */
function indexOf(events: TimelineEvent[], asOf: string | null): number {
  if (asOf === null || !/^\d+$/.test(asOf)) return events.length - 1;
  const point = BigInt(asOf);
  let found = 0;
  events.forEach((event, index) => {
    if (BigInt(event.id) <= point) found = index;
  });
  return found;
}

/**
 * Every moment of the debate on one slider: arrow keys step one event,
 * Page Up/Down several, Home and End go to the start and to now. The last
 * step is the live debate again.
 */
export function DebateTimeline({ debateId, asOf, onMove, lookup }: DebateTimelineProps) {
  const trpc = useTRPC();
  const timeline = useQuery(trpc.debate.timeline.queryOptions({ debateId }));
  const events = useMemo(() => timeline.data ?? [], [timeline.data]);
  const [index, setIndex] = useState<number | null>(null);
  const shown = index ?? indexOf(events, asOf);
  const sliderId = useId();
  const settle = useRef<number | null>(null);

  useEffect(() => () => window.clearTimeout(settle.current ?? undefined), []);

  if (timeline.error) return <FormError message={getErrorMessage(timeline.error)} />;
  if (timeline.isPending) return <p className="text-sm text-stone-600">Loading the history…</p>;
  if (events.length === 0) return null;

  const last = events.length - 1;
  const go = (next: number) => {
    const step = Math.max(0, Math.min(last, next));
    setIndex(step);
    window.clearTimeout(settle.current ?? undefined);
    settle.current = window.setTimeout(() => {
      setIndex(null);
      onMove(step === last ? null : (events[step]?.id ?? null));
    }, SETTLE_MS);
  };
  const event = events[shown];
  const moment = event
    ? `${shown === last ? "Now" : `Step ${shown + 1} of ${events.length}`}: ${describeEvent(event, lookup)}, ${formatDateTime(event.createdAt)}`
    : "";

  return (
    <div className="space-y-1.5">
      <div className="flex items-center gap-2">
        <Button
          variant="quiet"
          className="min-h-9 px-2 py-1"
          aria-label="One step back"
          disabled={shown === 0}
          onClick={() => go(shown - 1)}
        >
          <ChevronLeft aria-hidden="true" className="size-4" />
        </Button>
        <div className="min-w-0 flex-1">
          <label htmlFor={sliderId} className="sr-only">
            Moment in the debate's history
          </label>
          <input
            id={sliderId}
            type="range"
            min={0}
            max={last}
            step={1}
            value={shown}
            aria-valuetext={moment}
            onChange={(change) => go(Number(change.currentTarget.value))}
            className="block w-full accent-amber-700"
          />
          <TimelineTicks events={events} current={shown} />
        </div>
        <Button
          variant="quiet"
          className="min-h-9 px-2 py-1"
          aria-label="One step forward"
          disabled={shown === last}
          onClick={() => go(shown + 1)}
        >
          <ChevronRight aria-hidden="true" className="size-4" />
        </Button>
      </div>
      <p className="text-sm text-stone-700" aria-live="polite">
        {moment}
      </p>
    </div>
  );
}
