"use client";

import { useMutation } from "@tanstack/react-query";
import { RotateCcw } from "lucide-react";
import type { Claim } from "@/lib/debate";
import { getErrorMessage } from "@/lib/error-message";
import { refocusClaim } from "@/lib/focus-claim";
import { useTRPC } from "@/lib/trpc";
import { ActionButton } from "./action-button";
import { useDebate, useRefreshDebate } from "./debate-context";

/** Withdraws an objection's resolution: it counts as open again if it still stands. */
export function ReopenButton({ claim, onError }: { claim: Claim; onError: (m: string) => void }) {
  const trpc = useTRPC();
  const refresh = useRefreshDebate();
  const { announce } = useDebate();
  const reopen = useMutation(
    trpc.claim.reopen.mutationOptions({
      onSuccess: async () => {
        await refresh();
        announce(`Reopened #${claim.number}.`);
        refocusClaim(claim.number);
      },
      onError: (error) => onError(getErrorMessage(error)),
    }),
  );
  return (
    <ActionButton
      pending={reopen.isPending}
      pendingLabel="Reopening…"
      onClick={() => reopen.mutate({ claimId: claim.id })}
    >
      <RotateCcw aria-hidden="true" className="size-4" />
      Reopen<span className="sr-only"> #{claim.number}</span>
    </ActionButton>
  );
}
