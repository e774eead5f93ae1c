"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useDebate, useRefreshDebate } from "@/components/debate/debate-context";
import { useTRPC } from "@/lib/trpc";

/** Refetches the proposals and the debate: a proposal is a claim, and a block is an objection. */
export function useRefreshProposals() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { debateId } = useDebate();
  const refreshDebate = useRefreshDebate();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries(trpc.proposal.list.queryFilter({ debateId })),
        queryClient.invalidateQueries(trpc.decision.prepare.queryFilter({ debateId })),
        refreshDebate(),
      ]),
    [queryClient, trpc, debateId, refreshDebate],
  );
}
