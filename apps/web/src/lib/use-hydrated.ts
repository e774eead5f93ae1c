"use client";

import { useSyncExternalStore } from "react";

const subscribeToNothing = () => () => {};

/**
 * False on the server and while the page hydrates, true from the render after:
 * for content the server could not draw and data that may land mid-hydration
 * (hydration yields to the browser), which would otherwise not match the HTML.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
