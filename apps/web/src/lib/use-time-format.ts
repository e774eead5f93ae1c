"use client";

import { useSyncExternalStore } from "react";
import { FIRST_DRAW_TIME, LOCAL_TIME, type TimeFormat } from "./format-time";
import { whenIdle } from "./use-when-idle";

let localTimeReady = false;
const listeners = new Set<() => void>();

/** Switches every caller to the reader's own formats once the browser is idle. */
function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!localTimeReady && listeners.size === 1) {
    whenIdle(() => {
      localTimeReady = true;
      for (const notify of listeners) notify();
    }, 1_000);
  }
  return () => {
    listeners.delete(listener);
  };
}

/**
 * The time formats to draw with: English and UTC without Intl on the first
 * draw (the reader's locale costs its data's loading, which must not hold
 * the outline back), the reader's own from the browser's first idle moment.
 * Only the callers re-render at the switch.
 */
export function useTimeFormat(): TimeFormat {
  const local = useSyncExternalStore(
    subscribe,
    () => localTimeReady,
    () => false,
  );
  return local ? LOCAL_TIME : FIRST_DRAW_TIME;
}
