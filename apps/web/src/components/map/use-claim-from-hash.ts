"use client";

import { useEffect } from "react";
import { focusClaim } from "@/lib/focus-claim";

function focusClaimInHash() {
  const match = /^#claim-(\d+)$/.exec(window.location.hash);
  if (match) void focusClaim(Number(match[1]));
}

/**
 * Once the outline is on screen, moves to the claim named in the address
 * ("#claim-12"), as links from the argument map and the activity feed ask,
 * and again whenever the address's claim changes (a plain link on the page):
 * `focusClaim` opens the collapsed threads above it first.
 */
export function useClaimFromHash(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    focusClaimInHash();
    window.addEventListener("hashchange", focusClaimInHash);
    return () => window.removeEventListener("hashchange", focusClaimInHash);
  }, [ready]);
}
