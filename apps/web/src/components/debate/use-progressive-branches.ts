"use client";

import { startTransition, useEffect, useState } from "react";
import type { ClaimNode } from "@/lib/claim-tree";

/** Smaller debates render whole at once, as they always did. */
const PROGRESSIVE_FROM = 300;
/** About this many claims per step: one step renders well within a frame budget's few tens of ms. */
const CLAIMS_PER_STEP = 150;

export function branchSize(node: ClaimNode): number {
  let size = 1;
  for (const reply of node.replies) size += branchSize(reply);
  return size;
}

/**
 * How many of the outline's top-level branches to render now. A big debate
 * shows its first branches at once and the rest a step at a time in later
 * tasks, so the page answers while it fills in; every branch is rendered in
 * the end. `sizeOf` counts the claims of a branch on the page (in a collapsed
 * outline, only the open threads').
 */
export function useProgressiveBranches(
  branches: readonly ClaimNode[],
  sizeOf: (node: ClaimNode) => number = branchSize,
): number {
  const total = branches.length;
  const claims = branches.reduce((sum, node) => sum + sizeOf(node), 0);
  const [shown, setShown] = useState(() => (claims < PROGRESSIVE_FROM ? total : 0));
  const visible =
    claims < PROGRESSIVE_FROM ? total : Math.max(shown, countFor(branches, 0, sizeOf));

  useEffect(() => {
    if (visible >= total) return;
    const timer = window.setTimeout(() => {
      startTransition(() => setShown(Math.max(visible, countFor(branches, visible, sizeOf))));
    }, 0);
    return () => window.clearTimeout(timer);
  }, [visible, total, branches, sizeOf]);

  return visible;
}

/** The branch count that adds about CLAIMS_PER_STEP claims after the first `from` branches. */
export function countFor(
  branches: readonly ClaimNode[],
  from: number,
  sizeOf: (node: ClaimNode) => number = branchSize,
): number {
  let claims = 0;
  let end = from;
  while (end < branches.length && claims < CLAIMS_PER_STEP) {
    claims += sizeOf(branches[end]!);
    end += 1;
  }
  return end;
}
