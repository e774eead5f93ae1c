"use client";

import type { ReactNode } from "react";
import { useHydrated } from "@/lib/use-hydrated";

/**
 * Disables every button and field inside until the page has hydrated: a
 * server-drawn debate is on screen before its scripts run, and a click then
 * would do nothing, silently. Once hydrated only this element re-renders (its
 * children are the same elements). On client-side navigations it is open
 * from the start.
 */
export function HydrationFence({ children }: { children: ReactNode }) {
  const hydrated = useHydrated();
  return (
    // role="none": a grouping for the browser's disabling, not for assistive technology.
    <fieldset role="none" disabled={!hydrated} className="m-0 min-w-0 border-0 p-0">
      {children}
    </fieldset>
  );
}
