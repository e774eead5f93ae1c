"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { DebateView } from "@/lib/debate";
import { useTRPC } from "@/lib/trpc";
import { takeEarlyDebateRead } from "./take-early-debate-read";

/**
 * Hands the read the page's inline script started (early-debate-read.tsx) to
 * the debate query. Done in the page's first render, before any part of the
 * page subscribes to the query: a subscriber mounted first (the live stream's
 * hook is one) would start a read of its own. Nothing happens on the server,
 * nor when there is no early read (a past moment, a client-side navigation).
 */
export function useEarlyDebateRead(debateId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useState(() => {
    if (typeof window === "undefined") return;
    const early = takeEarlyDebateRead(debateId);
    if (!early) return;
    const options = trpc.debate.get.queryOptions({ debateId });
    const read = options.queryFn as NonNullable<typeof options.queryFn>;
    void queryClient.prefetchQuery({
      ...options,
      queryFn: async (context) => ((await early) as DebateView | null) ?? read(context),
    });
  });
}
