"use client";

import { useEffect, useState } from "react";

/**
 * False on the first render, true once the browser is next idle (or after
 * `timeoutMs` at the latest): for work a page should do only after it has
 * shown what it is for.
 */
export function useWhenIdle(timeoutMs = 2_000): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback !== "function") {
      const timer = window.setTimeout(() => setIdle(true), 1);
      return () => window.clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(() => setIdle(true), { timeout: timeoutMs });
    return () => window.cancelIdleCallback(handle);
  }, [timeoutMs]);
  return idle;
}
