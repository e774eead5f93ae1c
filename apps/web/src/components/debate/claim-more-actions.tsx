"use client";

import { useMutation } from "@tanstack/react-query";
import { CirclePlay, Eye, EyeOff, Pencil, Undo2 } from "lucide-react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { LockThreadButton } from "@/components/workshop/lock-thread-button";
import type { ClaimOffers } from "@/lib/claim-offers";
import type { Claim } from "@/lib/debate";
import { getErrorMessage } from "@/lib/error-message";
import { refocusClaim } from "@/lib/focus-claim";
import { useTRPC } from "@/lib/trpc";
import { ActionButton } from "./action-button";
import { useDebate, useRefreshDebate } from "./debate-context";
import { HistoryDialog } from "./history-dialog";
import { LinkDialog } from "./link-dialog";
import { MergeDialog } from "./merge-dialog";

type ClaimMoreActionsProps = {
  claim: Claim;
  can: ClaimOffers;
  onEdit: () => void;
  onError: (message: string) => void;
};

/** The less frequent actions: edit, history, withdraw, and the facilitator's moderation. */
export function ClaimMoreActions({ claim, can, onEdit, onError }: ClaimMoreActionsProps) {
  const trpc = useTRPC();
  const { announce } = useDebate();
  const refresh = useRefreshDebate();
  const n = claim.number;
  const done = (message: string) => async () => {
    await refresh();
    announce(message);
    refocusClaim(n);
  };
  const onMutationError = (error: unknown) => onError(getErrorMessage(error));
  const withdraw = useMutation(
    trpc.claim.withdraw.mutationOptions({ onSuccess: done(`Withdrew #${n}.`) }),
  );
  const hide = useMutation(
    trpc.claim.hide.mutationOptions({ onSuccess: done(`Hid #${n}.`), onError: onMutationError }),
  );
  const unpark = useMutation(
    trpc.workshop.unparkObjection.mutationOptions({
      onSuccess: done(`Unparked #${n}: it is open again.`),
      onError: onMutationError,
    }),
  );
  const restore = useMutation(
    trpc.claim.restore.mutationOptions({
      onSuccess: done(`Restored #${n}.`),
      onError: onMutationError,
    }),
  );

  return (
    <div className="-ml-2 flex flex-wrap items-center gap-x-0.5 border-t border-stone-100 pt-1">
      {can.edit ? (
        <ActionButton onClick={onEdit}>
          <Pencil aria-hidden="true" className="size-4" />
          Edit<span className="sr-only"> #{n}</span>
        </ActionButton>
      ) : null}
      {can.history ? <HistoryDialog claim={claim} /> : null}
      {can.link ? <LinkDialog claim={claim} /> : null}
      {can.withdraw ? (
        <ConfirmDialog
          trigger={
            <ActionButton>
              <Undo2 aria-hidden="true" className="size-4" />
              Withdraw<span className="sr-only"> #{n}</span>
            </ActionButton>
          }
          title={`Withdraw #${n}?`}
          description="It leaves the argument but keeps its place in the outline, marked as withdrawn, so the replies beneath still make sense. This cannot be undone."
          confirmLabel="Withdraw"
          pendingLabel="Withdrawing…"
          onConfirm={() => withdraw.mutateAsync({ claimId: claim.id })}
          errorMessage={getErrorMessage}
        />
      ) : null}
      {can.hide ? (
        <ActionButton
          pending={hide.isPending}
          pendingLabel="Hiding…"
          onClick={() => hide.mutate({ claimId: claim.id })}
        >
          <EyeOff aria-hidden="true" className="size-4" />
          Hide<span className="sr-only"> #{n}</span>
        </ActionButton>
      ) : null}
      {can.restore ? (
        <ActionButton
          pending={restore.isPending}
          pendingLabel="Restoring…"
          onClick={() => restore.mutate({ claimId: claim.id })}
        >
          <Eye aria-hidden="true" className="size-4" />
          Restore<span className="sr-only"> #{n}</span>
        </ActionButton>
      ) : null}
      {can.merge ? <MergeDialog claim={claim} /> : null}
      {can.unpark && claim.park ? (
        <ActionButton
          pending={unpark.isPending}
          pendingLabel="Unparking…"
          onClick={() => unpark.mutate({ claimId: claim.id })}
        >
          <CirclePlay aria-hidden="true" className="size-4" />
          Unpark<span className="sr-only"> #{n}</span>
        </ActionButton>
      ) : null}
      {can.lock ? <LockThreadButton claim={claim} onError={onError} /> : null}
    </div>
  );
}
