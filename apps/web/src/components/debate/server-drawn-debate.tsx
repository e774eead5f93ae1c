"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { DebateView } from "@/lib/debate";
import { leanTransformer } from "@/lib/lean-transformer";
import { useTRPC } from "@/lib/trpc";
import { DebatePage } from "./debate-page";
import type { DebateReadData } from "./server-debate-read";

type ServerDrawnDebateProps = { slug: string; debateId: string; read: DebateReadData };

/**
 * The debate page with the read the web server made (server-debate-read.ts)
 * in the query cache from its first render, on the server and in the
 * browser alike: the server draws the outline, and the browser hydrates the
 * same outline without reading the debate again.
 */
export function ServerDrawnDebate({ slug, debateId, read }: ServerDrawnDebateProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Empty cache (a full page load): filled before anything below subscribes.
  const [seeded] = useState(() => {
    const key = trpc.debate.get.queryKey({ debateId });
    if (queryClient.getQueryData(key) !== undefined) return false;
    queryClient.setQueryData(key, unpack(read));
    return true;
  });
  // A client-side visit with an older copy cached: replaced once mounted
  // (setting it while rendering would update the copy's other readers mid-render).
  useEffect(() => {
    if (!seeded) queryClient.setQueryData(trpc.debate.get.queryKey({ debateId }), unpack(read));
  }, [seeded, queryClient, trpc, debateId, read]);
  return <DebatePage slug={slug} debateId={debateId} serverDrawn />;
}

const unpack = (read: DebateReadData) => leanTransformer.deserialize(read) as DebateView;
