"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { type ClaimNode, countReplies, pathTo } from "@/lib/claim-tree";
import { onRevealClaim } from "@/lib/focus-claim";

/** From this many claims, threads start collapsed: a page of 10,000 articles takes seconds to build. */
export const COLLAPSE_FROM = 300;
/** In a collapsed outline, a thread this small is still shown open: it costs little and saves a click. */
const OPEN_UP_TO = 5;

export type OutlineThreads = {
  /** Whether threads can be opened and closed here (big debates); small ones show everything. */
  collapsible: boolean;
  /** How many claims hang below a claim, replies of replies included. */
  replyCount: (node: ClaimNode) => number;
  isOpen: (node: ClaimNode) => boolean;
  setOpen: (node: ClaimNode, open: boolean) => void;
};

const ALL_OPEN: OutlineThreads = {
  collapsible: false,
  replyCount: (node) => node.replies.length,
  isOpen: () => true,
  setOpen: () => {},
};

const OutlineThreadsContext = createContext<OutlineThreads>(ALL_OPEN);

export const OutlineThreadsProvider = OutlineThreadsContext.Provider;

export function useOutlineThreads(): OutlineThreads {
  return useContext(OutlineThreadsContext);
}

/**
 * Which threads of the outline are open. A big debate shows its top-level
 * claims with reply counts, and a thread opens on demand; a claim asked for
 * by a link, a search hit or the address (`focusClaim`) has the threads above
 * it opened first, also when it only arrives with the next read.
 */
export function useThreadState(tree: readonly ClaimNode[], claimCount: number): OutlineThreads {
  const collapsible = claimCount >= COLLAPSE_FROM;
  const counts = useMemo(() => (collapsible ? countReplies(tree) : null), [tree, collapsible]);
  // Only threads someone opened or closed; the rest follow their size.
  const [chosen, setChosen] = useState<ReadonlyMap<string, boolean>>(() => new Map());
  const [wanted, setWanted] = useState<number | null>(null);

  useEffect(() => onRevealClaim(setWanted), []);
  useEffect(() => {
    if (wanted === null || !collapsible) return;
    const path = pathTo(tree, wanted);
    if (path === null) return; // Not in this read yet (just posted): the next read brings it.
    setWanted(null);
    if (path.length === 0) return;
    setChosen((previous) => {
      const next = new Map(previous);
      for (const id of path) next.set(id, true);
      return next;
    });
  }, [wanted, tree, collapsible]);

  const replyCount = useCallback((node: ClaimNode) => counts?.get(node) ?? 0, [counts]);
  const isOpen = useCallback(
    (node: ClaimNode) => chosen.get(node.claim.id) ?? replyCount(node) <= OPEN_UP_TO,
    [chosen, replyCount],
  );
  const setOpen = useCallback((node: ClaimNode, open: boolean) => {
    setChosen((previous) => new Map(previous).set(node.claim.id, open));
  }, []);

  return useMemo(
    () => (collapsible ? { collapsible, replyCount, isOpen, setOpen } : ALL_OPEN),
    [collapsible, replyCount, isOpen, setOpen],
  );
}

/** How many claims of a branch are on the page: the claim, and its replies where open. */
export function shownSize(node: ClaimNode, threads: OutlineThreads): number {
  let size = 1;
  if (threads.isOpen(node)) for (const reply of node.replies) size += shownSize(reply, threads);
  return size;
}
