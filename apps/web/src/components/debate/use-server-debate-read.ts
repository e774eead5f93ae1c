"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { DebateView } from "@/lib/debate";
import { useTRPC } from "@/lib/trpc";
import { debateViewFromAnswer } from "./debate-read-url";

/**
 * Puts the debate the page arrived with into the debate query, in the page's
 * first render (on the server too, so the HTML and the hydrating page draw the
 * same), before any part of the page subscribes to the query: one read per
 * load. An answer older than what the page already holds (a page brought back
 * from the router's cache after live updates) does not replace it. False when
 * the page arrived without a debate.
 */
export function useServerDebateRead(debateId: string, answer: string | null): boolean {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [seeded] = useState(() => {
    const view = answer === null ? null : debateViewFromAnswer(answer);
    if (!view) return false;
    const key = trpc.debate.get.queryKey({ debateId });
    const held = queryClient.getQueryData(key);
    if (!held || isLater(view, held)) queryClient.setQueryData(key, view);
    return true;
  });
  return seeded;
}

function isLater(view: DebateView, than: DebateView): boolean {
  if (view.lastEventId === null) return than.lastEventId === null;
  return than.lastEventId === null || BigInt(view.lastEventId) >= BigInt(than.lastEventId);
}
