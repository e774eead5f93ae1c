"use client";

import { useQueryClient } from "@tanstack/react-query";
import { createContext, type ReactNode, useCallback, useContext, useMemo } from "react";
import type { Claim, DebateView, People } from "@/lib/debate";
import { type Role, useTRPC } from "@/lib/trpc";

type DebateContextValue = {
  debateId: string;
  role: Role;
  /** False for archived debates and for a past moment: they can be read, not changed. */
  writable: boolean;
  /** Whether this reader may put proposals to the group (facilitators, or members when the debate allows). */
  mayPropose: boolean;
  /** What the server says this reader may do in the current phase; offer nothing else. */
  can: DebateView["debate"]["can"];
  claimById: ReadonlyMap<string, Claim>;
  claimByNumber: ReadonlyMap<number, Claim>;
  /** Names of the people this reader may see, by id. */
  people: People;
  /** Whether the debate hides vote tallies until voting ends. */
  talliesHidden: boolean;
  /** When the server read the debate shown (the first draw's relative times count from it). */
  readAt: DebateView["serverNow"];
  /** Says what just happened to screen-reader users (a polite live region). */
  announce: (message: string) => void;
};

const DebateContext = createContext<DebateContextValue | null>(null);

type DebateProviderProps = {
  view: DebateView;
  announce: (message: string) => void;
  children: ReactNode;
};

export function DebateProvider({ view, announce, children }: DebateProviderProps) {
  const value = useMemo<DebateContextValue>(
    () => ({
      debateId: view.debate.id,
      role: view.debate.viewerRole,
      writable: view.debate.phase !== "archived" && view.asOf === null,
      mayPropose: view.debate.can.propose,
      can: view.debate.can,
      claimById: new Map(view.claims.map((claim) => [claim.id, claim])),
      claimByNumber: new Map(view.claims.map((claim) => [claim.number, claim])),
      people: view.people,
      talliesHidden: view.debate.talliesHidden,
      readAt: view.serverNow,
      announce,
    }),
    [view, announce],
  );
  return <DebateContext.Provider value={value}>{children}</DebateContext.Provider>;
}

export function useDebate(): DebateContextValue {
  const value = useContext(DebateContext);
  if (!value) throw new Error("useDebate must be used inside a DebateProvider");
  return value;
}

/**
 * Refetches what a change to the debate may have changed: the debate itself
 * (every label is computed by the server), its claims' histories and
 * explanations, and the workspace's list of debates (claim counts).
 */
export function useRefreshDebate() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { debateId } = useDebate();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries(trpc.debate.get.queryFilter({ debateId })),
        queryClient.invalidateQueries(trpc.debate.list.queryFilter()),
        queryClient.invalidateQueries(trpc.claim.pathFilter()),
      ]),
    [queryClient, trpc, debateId],
  );
}
