import type { QueryClient } from "@tanstack/react-query";
import type { useTRPC } from "@/lib/trpc";

type TRPC = ReturnType<typeof useTRPC>;

/**
 * Marks stale everything one event of a debate may have changed. Only the
 * queries on screen refetch; the rest refetch when they are next shown.
 */
export function refreshAfterEvent(
  queryClient: QueryClient,
  trpc: TRPC,
  debateId: string,
  /** false for what live deltas already brought up to date. */
  options: { debate: boolean; proposals: boolean } = { debate: true, proposals: true },
) {
  return Promise.all([
    options.debate && queryClient.invalidateQueries(trpc.debate.get.queryFilter({ debateId })),
    options.proposals &&
      queryClient.invalidateQueries(trpc.proposal.list.queryFilter({ debateId })),
    queryClient.invalidateQueries(trpc.debate.activity.pathFilter()),
    queryClient.invalidateQueries(trpc.workspace.activity.pathFilter()),
    queryClient.invalidateQueries(trpc.workshop.pathFilter()),
    queryClient.invalidateQueries(trpc.claim.pathFilter()),
    queryClient.invalidateQueries(trpc.debate.list.queryFilter()),
  ]);
}
