"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTRPC } from "@/lib/trpc";
import { applyDebateDelta, applyProposalDelta, type DebateDelta } from "./apply-debate-delta";
import { followDebateEvents, type StreamState } from "./follow-debate-events";
import { refreshAfterEvent } from "./refresh-after-event";

export type LiveStatus = StreamState;
/** What the page uses of a live event: the change it carries, when it carries one. */
type LiveEvent = { delta?: DebateDelta };

/** Events that arrive together (a burst of votes) cause one refetch of each query, not one each. */
const COALESCE_MS = 150;
/** What a live event's delta brought up to date in the cache. */
type Covered = { debate: boolean; proposals: boolean };

/**
 * Follows a debate's events over Server-Sent Events (the API's plain route,
 * follow-debate-events.ts), so the page shows every
 * change within a second. An event that carries its change (every kind that
 * changes the debate page: claims, votes, links, moderation, phase, settings,
 * proposals) is applied to the query cache; an unknown kind, or one after a
 * missed event, makes the debate re-read. The stream starts after
 * the page's read, from the last event that read included, so nothing falls
 * between them and the start costs no second read; the stream resends the last
 * event id on reconnect, so nothing is missed while offline.
 */
export function useLiveDebate(debateId: string): LiveStatus {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const timer = useRef<number | null>(null);
  const rereadDebate = useRef(false);
  const rereadProposals = useRef(false);
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

  const [status, setStatus] = useState<LiveStatus>("connecting");
  const since = startAfter.current;
  useEffect(() => {
    if (since === undefined) return;
    // "0" only for a debate without events yet: its whole (empty) backlog.
    return followDebateEvents<LiveEvent>(debateId, since ?? "0", {
      onEvent: (id, event) => refresh(apply(id, event.delta)),
      onState: setStatus,
    });
  }, [debateId, since, refresh, apply]);
  return status;
}
