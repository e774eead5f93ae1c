"use client";

import { useMutation } from "@tanstack/react-query";
import { Link2 } from "lucide-react";
import { type FormEvent, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Modal } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import type { Claim } from "@/lib/debate";
import { getErrorMessage } from "@/lib/error-message";
import { refocusClaim } from "@/lib/focus-claim";
import { linkCandidates } from "@/lib/link-candidates";
import { useTRPC } from "@/lib/trpc";
import { ActionButton } from "./action-button";
import { ClaimPicker } from "./claim-picker";
import { useDebate, useRefreshDebate } from "./debate-context";

/** "Also answers…": links a support or objection to a further claim it speaks to. */
export function LinkDialog({ claim }: { claim: Claim }) {
  const trpc = useTRPC();
  const { announce, claimById } = useDebate();
  const refresh = useRefreshDebate();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<Claim | null>(null);
  const [choiceError, setChoiceError] = useState<string | null>(null);
  const n = claim.number;
  const verb = claim.kind === "objection" ? "objects to" : "supports";
  const candidates = useMemo(
    () => linkCandidates(claim, [...claimById.values()]),
    [claim, claimById],
  );
  const link = useMutation(
    trpc.claim.link.mutationOptions({
      onSuccess: async (_link, { toId }) => {
        await refresh();
        setOpen(false);
        announce(`#${n} now also ${verb} #${claimById.get(toId)?.number}.`);
        refocusClaim(n);
      },
    }),
  );

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) {
      link.reset();
      setChosen(null);
      setChoiceError(null);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!chosen) return setChoiceError("Choose the claim it also answers.");
    setChoiceError(null);
    link.mutate({ claimId: claim.id, toId: chosen.id });
  }

  return (
    <Modal
      open={open}
      onOpenChange={onOpenChange}
      title={`#${n} also answers…`}
      description={`Link #${n} to another claim it ${verb}. Its argument counts there too, and the map draws the link.`}
      trigger={
        <ActionButton>
          <Link2 aria-hidden="true" className="size-4" />
          Also answers…<span className="sr-only"> (#{n})</span>
        </ActionButton>
      }
    >
      <form onSubmit={onSubmit} className="space-y-4">
        <ClaimPicker
          label="Claim it also answers"
          claims={candidates}
          selected={chosen}
          onSelect={(next) => {
            setChosen(next);
            if (next) setChoiceError(null);
          }}
          error={choiceError}
          autoFocus
        />
        <FormError message={link.error ? getErrorMessage(link.error) : null} />
        <div className="flex flex-wrap justify-end gap-2">
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button type="submit" variant="primary" pending={link.isPending} pendingLabel="Linking…">
            Add link
          </Button>
        </div>
      </form>
    </Modal>
  );
}
