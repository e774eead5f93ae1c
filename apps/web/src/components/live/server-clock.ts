"use client";

import { useEffect, useMemo, useState } from "react";
import type { DateLike } from "@/lib/format-time";
import { useHydrated } from "@/lib/use-hydrated";

/**
 * How far the server's clock is ahead of this browser's, from a response that
 * carried `serverNow` and the moment it arrived. Every client counts a timer
 * down against the server's clock, so a room sees the same seconds.
 */
export function serverOffsetMs(serverNow: DateLike, receivedAt: number): number {
  return new Date(serverNow).getTime() - receivedAt;
}

/**
 * The offset measured when a whole read arrives (its `serverNow` changes).
 * Live deltas update the cached debate later without a new `serverNow`, so
 * the cache's update time would make the server's clock seem to fall behind.
 */
export function useServerOffset(serverNow: DateLike | undefined): number {
  // Measured once per read, on its arrival.
  return useMemo(() => (serverNow ? serverOffsetMs(serverNow, Date.now()) : 0), [serverNow]);
}

/**
 * Whole seconds left until `endsAt` by the server's clock, refreshed as they
 * change; null with no timer, and while the page hydrates: a page the server
 * drew counted the seconds by its clock, which would not match the browser's.
 */
export function useSecondsLeft(endsAt: DateLike | null, offsetMs: number): number | null {
  const hydrated = useHydrated();
  const compute = () =>
    endsAt
      ? Math.max(0, Math.ceil((new Date(endsAt).getTime() - (Date.now() + offsetMs)) / 1000))
      : null;
  const [seconds, setSeconds] = useState(compute);

  // biome-ignore lint/correctness/useExhaustiveDependencies: compute reads only endsAt and offsetMs.
  useEffect(() => {
    setSeconds(compute());
    if (!endsAt) return;
    // A quarter-second tick keeps the display within a beat of the true second.
    const tick = window.setInterval(() => setSeconds(compute()), 250);
    return () => window.clearInterval(tick);
  }, [endsAt, offsetMs]);

  return hydrated ? seconds : null;
}

/** "09:58"; minutes are not capped at 59, so a 90-minute timer reads "90:00". */
export function formatClock(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return `${String(minutes).padStart(2, "0")}:${String(rest).padStart(2, "0")}`;
}

/** What the polite live region says: it changes once a minute, so it speaks once a minute. */
export function minutesLeftSentence(seconds: number): string {
  if (seconds <= 0) return "Time is up.";
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "Less than a minute left." : `${minutes} minutes left.`;
}
