"use client";

import { useMutation } from "@tanstack/react-query";
import { Lock, LockOpen } from "lucide-react";
import { ActionButton } from "@/components/debate/action-button";
import { useDebate, useRefreshDebate } from "@/components/debate/debate-context";
import type { Claim } from "@/lib/debate";
import { getErrorMessage } from "@/lib/error-message";
import { refocusClaim } from "@/lib/focus-claim";
import { useTRPC } from "@/lib/trpc";

type LockThreadButtonProps = { claim: Claim; onError: (message: string) => void };

/** A facilitator's "Lock thread" / "Unlock thread": no new replies beneath the claim while locked. */
export function LockThreadButton({ claim, onError }: LockThreadButtonProps) {
  const trpc = useTRPC();
  const { announce } = useDebate();
  const refresh = useRefreshDebate();
  const n = claim.number;
  const locked = claim.lockedAt !== null;
  const options = {
    onSuccess: async () => {
      await refresh();
      announce(locked ? `Unlocked the thread under #${n}.` : `Locked the thread under #${n}.`);
      refocusClaim(n);
    },
    onError: (error: unknown) => onError(getErrorMessage(error)),
  };
  const lock = useMutation(trpc.workshop.lockThread.mutationOptions(options));
  const unlock = useMutation(trpc.workshop.unlockThread.mutationOptions(options));

  return locked ? (
    <ActionButton
      pending={unlock.isPending}
      pendingLabel="Unlocking…"
      onClick={() => unlock.mutate({ claimId: claim.id })}
    >
      <LockOpen aria-hidden="true" className="size-4" />
      Unlock thread<span className="sr-only"> #{n}</span>
    </ActionButton>
  ) : (
    <ActionButton
      pending={lock.isPending}
      pendingLabel="Locking…"
      onClick={() => lock.mutate({ claimId: claim.id })}
    >
      <Lock aria-hidden="true" className="size-4" />
      Lock thread<span className="sr-only"> #{n}</span>
    </ActionButton>
  );
}
