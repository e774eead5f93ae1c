"use client";

import { useEffect, useState } from "react";

/**
 * Runs `callback` once the browser is next idle (or after `timeoutMs` at the
 * latest; at once where idle callbacks do not exist). Returns a cancel.
 */
export function whenIdle(callback: () => void, timeoutMs: number): () => void {
  if (typeof window.requestIdleCallback !== "function") {
    const timer = window.setTimeout(callback, 1);
    return () => window.clearTimeout(timer);
  }
  const handle = window.requestIdleCallback(callback, { timeout: timeoutMs });
  return () => window.cancelIdleCallback(handle);
}

/**
 * False on the first render, true once the browser is next idle (or after
 * `timeoutMs` at the latest): for work a page should do only after it has
 * shown what it is for.
 */
export function useWhenIdle(timeoutMs = 2_000): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true), timeoutMs), [timeoutMs]);
  return idle;
}
