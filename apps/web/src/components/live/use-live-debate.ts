"use client";

import { skipToken, useQuery, useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useCallback, useEffect, useRef } from "react";
import { useTRPC } from "@/lib/trpc";
import { applyDebateDelta, applyProposalDelta, type DebateDelta } from "./apply-debate-delta";
import { refreshAfterEvent } from "./refresh-after-event";

export type LiveStatus = "connecting" | "live" | "reconnecting" | "offline";

/** Events that arrive together (a burst of votes) cause one refetch of each query, not one each. */
const COALESCE_MS = 150;
/** What a live event's delta brought up to date in the cache. */
type Covered = { debate: boolean; proposals: boolean };
/** After the stream fails outright (the server refused it), try again this much later. */
const RETRY_MS = 5_000;

/**
 * Follows a debate's events over Server-Sent Events, so the page shows every
 * change within a second. An event that carries its change (every kind that
 * changes the debate page: claims, votes, links, moderation, phase, settings,
 * proposals) is applied to the query cache; an unknown kind, or one after a
 * missed event, makes the debate re-read. The stream starts after
 * the page's read, from the last event that read included, so nothing falls
 * between them and the start costs no second read; the link resends the last
 * event id on reconnect, so nothing is missed while offline.
 */
export function useLiveDebate(debateId: string): LiveStatus {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const timer = useRef<number | null>(null);
  const rereadDebate = useRef(false);
  const rereadProposals = useRef(false);
  const wasLive = useRef(false);
  const readUpTo = useQuery(
    trpc.debate.get.queryOptions({ debateId }, { select: (view) => view.lastEventId }),
  );
  // Fixed at the first read: a later read must not restart the stream.
  const startAfter = useRef<string | null | undefined>(undefined);
  if (startAfter.current === undefined && readUpTo.isSuccess) startAfter.current = readUpTo.data;

  /** Refetches what events changed; the debate and proposals only when a delta could not cover them. */
  const refresh = useCallback(
    (covered: Covered) => {
      rereadDebate.current ||= !covered.debate;
      rereadProposals.current ||= !covered.proposals;
      if (timer.current !== null) return;
      timer.current = window.setTimeout(() => {
        timer.current = null;
        const options = { debate: rereadDebate.current, proposals: rereadProposals.current };
        rereadDebate.current = false;
        rereadProposals.current = false;
        void refreshAfterEvent(queryClient, trpc, debateId, options);
      }, COALESCE_MS);
    },
    [queryClient, trpc, debateId],
  );

  /** Applies an event's change to the cached debate (and proposals); says what it covered. */
  const apply = useCallback(
    (eventId: string, delta: DebateDelta | undefined): Covered => {
      if (!delta) return { debate: false, proposals: false };
      let debate = false;
      queryClient.setQueryData(trpc.debate.get.queryKey({ debateId }), (view) => {
        const next = view && applyDebateDelta(view, eventId, delta);
        debate = Boolean(next);
        return next ?? view;
      });
      // Only a proposal event changes proposals; a list not yet read is read when shown.
      let proposals = !delta.proposal;
      queryClient.setQueryData(trpc.proposal.list.queryKey({ debateId }), (list) => {
        const next = list && applyProposalDelta(list, delta);
        proposals = proposals || Boolean(next);
        return next ?? list;
      });
      return { debate, proposals };
    },
    [queryClient, trpc, debateId],
  );

  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  const subscription = useSubscription(
    trpc.live.debate.subscriptionOptions(
      startAfter.current === undefined
        ? skipToken
        : // "0" only for a debate without events yet: its whole (empty) backlog.
          { debateId, lastEventId: startAfter.current ?? "0" },
      {
        onData: (tracked) => {
          const event = tracked.data;
          refresh(apply(tracked.id, "delta" in event ? event.delta : undefined));
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
  // A server that lost its database or its live connection (5xx) is asked again: reconnecting.
  if (status === "error") return refused || !wasLive.current ? "offline" : "reconnecting";
  return wasLive.current ? "reconnecting" : "connecting";
}
