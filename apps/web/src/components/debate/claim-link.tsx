"use client";

import type { MouseEvent, ReactNode } from "react";
import { claimElementId, focusClaim } from "@/lib/focus-claim";

type ClaimLinkProps = { number: number; className?: string; children?: ReactNode };

const UNDERLINED =
  "font-medium underline decoration-stone-400 underline-offset-2 hover:decoration-stone-900";

/** A link to a claim of the outline ("#12"): scrolls to it and moves focus there. */
export function ClaimLink({ number, className = UNDERLINED, children }: ClaimLinkProps) {
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    window.history.replaceState(null, "", `#${claimElementId(number)}`);
    void focusClaim(number, 0);
  }
  return (
    <a href={`#${claimElementId(number)}`} onClick={onClick} className={className}>
      {children ?? `#${number}`}
    </a>
  );
}
