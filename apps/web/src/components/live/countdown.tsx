"use client";

import type { DateLike } from "@/lib/format-time";
import { formatClock, minutesLeftSentence, useSecondsLeft } from "./server-clock";

type CountdownProps = {
  endsAt: DateLike | null;
  offsetMs: number;
  /** Classes for the digits (size, weight). */
  className?: string;
};

/**
 * The phase timer as mm:ss. The digits are hidden from screen readers, which
 * hear a polite sentence that changes only when the minute does.
 */
export function Countdown({ endsAt, offsetMs, className = "" }: CountdownProps) {
  const seconds = useSecondsLeft(endsAt, offsetMs);
  if (seconds === null) return null;
  const over = seconds === 0;
  return (
    <span className="inline-flex items-baseline gap-2">
      <span
        aria-hidden="true"
        className={`font-semibold tabular-nums ${over ? "text-red-800" : ""} ${className}`}
      >
        {formatClock(seconds)}
      </span>{" "}
      <span aria-hidden="true" className={over ? "text-red-800" : "text-stone-600"}>
        {over ? "time is up" : "left"}
      </span>
      <span className="sr-only" aria-live="polite">
        {minutesLeftSentence(seconds)}
      </span>
    </span>
  );
}
