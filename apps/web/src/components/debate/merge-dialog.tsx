"use client";

import { useMutation } from "@tanstack/react-query";
import { GitMerge } from "lucide-react";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { Modal } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import type { Claim } from "@/lib/debate";
import { getErrorMessage } from "@/lib/error-message";
import { focusClaim } from "@/lib/focus-claim";
import { useTRPC } from "@/lib/trpc";
import { ActionButton } from "./action-button";
import { findClaimByTypedNumber } from "./claim-number-input";
import { useDebate, useRefreshDebate } from "./debate-context";

/** "Merge into…": folds a duplicate into the claim that is kept; its replies move there. */
export function MergeDialog({ claim }: { claim: Claim }) {
  const trpc = useTRPC();
  const { announce, claimByNumber } = useDebate();
  const refresh = useRefreshDebate();
  const [open, setOpen] = useState(false);
  const [numberError, setNumberError] = useState<string | null>(null);
  const n = claim.number;
  const merge = useMutation(
    trpc.claim.merge.mutationOptions({
      onSuccess: async (result) => {
        await refresh();
        setOpen(false);
        announce(`Merged #${n} into #${result.keptNumber}.`);
        void focusClaim(result.keptNumber);
      },
    }),
  );

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) {
      merge.reset();
      setNumberError(null);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = findClaimByTypedNumber(
      String(new FormData(event.currentTarget).get("into")),
      claimByNumber,
    );
    if ("error" in found) return setNumberError(found.error);
    setNumberError(null);
    merge.mutate({ claimId: claim.id, intoId: found.claim.id });
  }

  return (
    <Modal
      open={open}
      onOpenChange={onOpenChange}
      title={`Merge #${n} into another claim`}
      description={`#${n} stays in the outline as merged; its replies and links move to the claim you keep. Both must be of the same kind.`}
      trigger={
        <ActionButton>
          <GitMerge aria-hidden="true" className="size-4" />
          Merge into…<span className="sr-only"> (#{n})</span>
        </ActionButton>
      }
    >
      <form onSubmit={onSubmit} className="space-y-4">
        <TextField
          label="Claim number to keep"
          name="into"
          inputMode="numeric"
          required
          autoFocus
          error={numberError}
          placeholder="12"
        />
        <FormError message={merge.error ? getErrorMessage(merge.error) : null} />
        <div className="flex flex-wrap justify-end gap-2">
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button type="submit" variant="primary" pending={merge.isPending} pendingLabel="Merging…">
            Merge
          </Button>
        </div>
      </form>
    </Modal>
  );
}
