"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useCallback, useEffect, useRef } from "react";
import { type RouterOutputs, useTRPC } from "@/lib/trpc";
import { refreshAfterEvent } from "./refresh-after-event";

export type LiveEvent = RouterOutputs["debate"]["activity"]["events"][number];
export type LiveStatus = "connecting" | "live" | "reconnecting" | "offline";

/** Events that arrive together (a burst of votes) cause one refetch, not one each. */
const COALESCE_MS = 150;
/** After the stream fails outright (the server refused it), try again this much later. */
const RETRY_MS = 5_000;

/**
 * Follows a debate's events over Server-Sent Events and refetches what they
 * change, so the page shows every change within a second. The link resends
 * the last event id on reconnect, so nothing is missed while offline.
 */
export function useLiveDebate(debateId: string, onEvent?: (event: LiveEvent) => void): LiveStatus {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const onEventRef = useRef(onEvent);
  onEventRef.current = onEvent;
  const timer = useRef<number | null>(null);
  const wasLive = useRef(false);

  const refresh = useCallback(() => {
    if (timer.current !== null) return;
    timer.current = window.setTimeout(() => {
      timer.current = null;
      void refreshAfterEvent(queryClient, trpc, debateId);
    }, COALESCE_MS);
  }, [queryClient, trpc, debateId]);

  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  const subscription = useSubscription(
    trpc.live.debate.subscriptionOptions(
      { debateId },
      {
        // Whatever changed between the page's first fetch and the stream opening.
        onStarted: refresh,
        onData: (tracked) => {
          refresh();
          onEventRef.current?.(tracked.data);
        },
      },
    ),
  );

  const { status, reset, error } = subscription;
  // A refusal (signed out, removed from the debate) will not change by asking again.
  const refused = (error?.data?.httpStatus ?? 500) < 500;
  useEffect(() => {
    if (status !== "error" || refused) return;
    const retry = window.setTimeout(reset, RETRY_MS);
    return () => window.clearTimeout(retry);
  }, [status, reset, refused]);

  if (status === "pending") wasLive.current = true;
  if (status === "pending") return "live";
  if (status === "error") return "offline";
  return wasLive.current ? "reconnecting" : "connecting";
}
