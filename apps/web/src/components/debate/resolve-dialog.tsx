"use client";

import { useMutation } from "@tanstack/react-query";
import { Gavel } from "lucide-react";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { Modal } from "@/components/ui/dialog";
import { DialogOnDemand, type ModalControl } from "@/components/ui/dialog-on-demand";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { type Claim, RESOLUTION_LABELS, type ResolutionKind } from "@/lib/debate";
import { getErrorMessage } from "@/lib/error-message";
import { refocusClaim } from "@/lib/focus-claim";
import { useTRPC } from "@/lib/trpc";
import { ActionButton } from "./action-button";
import { findClaimByTypedNumber } from "./claim-number-input";
import { useDebate, useRefreshDebate } from "./debate-context";

const KINDS = [
  {
    value: "conceded",
    label: "Conceded",
    hint: "Accepted as true: it stands and is acknowledged.",
  },
  { value: "out_of_scope", label: "Out of scope", hint: "Not part of this question." },
  { value: "duplicate", label: "Duplicate", hint: "Another claim already makes this point." },
] as const;

/** "Resolve…": closes an objection as conceded, out of scope, or a duplicate of another claim. */
export function ResolveDialog({ claim }: { claim: Claim }) {
  return (
    <DialogOnDemand
      trigger={
        <ActionButton>
          <Gavel aria-hidden="true" className="size-4" />
          Resolve…<span className="sr-only"> #{claim.number}</span>
        </ActionButton>
      }
      dialog={(control) => <ResolveModal claim={claim} {...control} />}
    />
  );
}

function ResolveModal({
  claim,
  open,
  onOpenChange: setOpen,
  onCloseAutoFocus,
}: { claim: Claim } & ModalControl) {
  const trpc = useTRPC();
  const { announce, claimByNumber } = useDebate();
  const refresh = useRefreshDebate();
  const [kind, setKind] = useState<ResolutionKind>("conceded");
  const [numberError, setNumberError] = useState<string | null>(null);
  const n = claim.number;
  const resolve = useMutation(
    trpc.claim.resolve.mutationOptions({
      onSuccess: async (resolution) => {
        await refresh();
        setOpen(false);
        announce(`Resolved #${n}: ${RESOLUTION_LABELS[resolution.kind].toLowerCase()}.`);
        refocusClaim(n);
      },
    }),
  );

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) {
      resolve.reset();
      setNumberError(null);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    let duplicateOfId: string | null = null;
    if (kind === "duplicate") {
      const found = findClaimByTypedNumber(String(form.get("duplicateOf")), claimByNumber);
      if ("error" in found) return setNumberError(found.error);
      duplicateOfId = found.claim.id;
    }
    setNumberError(null);
    const note = String(form.get("note") ?? "").trim();
    resolve.mutate({ claimId: claim.id, kind, note, duplicateOfId });
  }

  return (
    <Modal
      open={open}
      onOpenChange={onOpenChange}
      onCloseAutoFocus={onCloseAutoFocus}
      title={`Resolve objection #${n}`}
      description="A resolved objection no longer counts as unanswered. It can be reopened."
    >
      <form onSubmit={onSubmit} className="space-y-4">
        <ChoiceGroup
          legend="Resolution"
          name={`resolution-${claim.id}`}
          choices={KINDS}
          value={kind}
          onChange={setKind}
        />
        {kind === "duplicate" ? (
          <TextField
            label="Duplicate of claim number"
            name="duplicateOf"
            inputMode="numeric"
            required
            error={numberError}
            placeholder="12"
          />
        ) : null}
        <TextAreaField label="Note (optional)" name="note" rows={3} />
        <FormError message={resolve.error ? getErrorMessage(resolve.error) : null} />
        <div className="flex flex-wrap justify-end gap-2">
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button
            type="submit"
            variant="primary"
            pending={resolve.isPending}
            pendingLabel="Resolving…"
          >
            Resolve objection
          </Button>
        </div>
      </form>
    </Modal>
  );
}
