"use client";

import { useMutation } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import type { Claim } from "@/lib/debate";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";
import { useDebate, useRefreshDebate } from "./debate-context";

/** Edits a claim's text in place; the server keeps every revision. */
export function ClaimEditor({ claim, onClose }: { claim: Claim; onClose: () => void }) {
  const trpc = useTRPC();
  const { announce } = useDebate();
  const refresh = useRefreshDebate();
  const n = claim.number;
  const edit = useMutation(
    trpc.claim.edit.mutationOptions({
      onSuccess: async (result) => {
        await refresh();
        onClose();
        announce(result.revision ? `Saved #${n}.` : `No change to #${n}.`);
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = String(new FormData(event.currentTarget).get("body")).trim();
    edit.mutate({ claimId: claim.id, body });
  }

  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={(event) => event.key === "Escape" && !edit.isPending && onClose()}
      aria-label={`Edit #${n}`}
      className="space-y-3"
    >
      <TextAreaField
        label={`Text of #${n}`}
        name="body"
        defaultValue={claim.body ?? ""}
        required
        maxLength={5000}
        autoFocus
        hint="The earlier wording stays in the claim's history."
      />
      <FormError message={edit.error ? getErrorMessage(edit.error) : null} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" pending={edit.isPending} pendingLabel="Saving…">
          Save
        </Button>
        <Button onClick={onClose}>Cancel</Button>
      </div>
    </form>
  );
}
