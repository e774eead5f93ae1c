"use client";

import { useMutation } from "@tanstack/react-query";
import { useDebate } from "@/components/debate/debate-context";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";
import type { Proposal } from "./proposal-words";
import { useRefreshProposals } from "./use-refresh-proposals";

/** "Close now": ends the vote before its closing time and keeps the count. */
export function CloseProposalButton({ proposal }: { proposal: Proposal }) {
  const trpc = useTRPC();
  const { debateId, announce } = useDebate();
  const refresh = useRefreshProposals();
  const close = useMutation(trpc.proposal.close.mutationOptions());
  return (
    <ConfirmDialog
      trigger={<Button className="min-h-9 px-3">Close now</Button>}
      title="Close this proposal now?"
      description={`Voting on “${proposal.title}” ends and the result is counted and kept. Ballots can no longer change.`}
      confirmLabel="Close now"
      pendingLabel="Closing…"
      variant="primary"
      errorMessage={getErrorMessage}
      onConfirm={async () => {
        await close.mutateAsync({ debateId, proposalId: proposal.id });
        await refresh();
        announce(`Closed “${proposal.title}”.`);
      }}
    />
  );
}
