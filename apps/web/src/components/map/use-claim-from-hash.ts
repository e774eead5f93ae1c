"use client";

import { useEffect } from "react";
import { focusClaim } from "@/lib/focus-claim";

/**
 * Once the outline is on screen, moves to the claim named in the address
 * ("#claim-12"), as links from the argument map and the activity feed ask.
 */
export function useClaimFromHash(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    const match = /^#claim-(\d+)$/.exec(window.location.hash);
    if (match) void focusClaim(Number(match[1]));
  }, [ready]);
}
