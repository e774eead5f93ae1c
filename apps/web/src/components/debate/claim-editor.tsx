"use client";

import { CLAIM_BODY_MAX, editClaimFields } from "@steelman/api/schemas";
import { useMutation } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { LimitedTextArea, overLimitReason } from "@/components/ui/limited-text-area";
import type { Claim } from "@/lib/debate";
import { useTRPC } from "@/lib/trpc";
import { useDraft } from "@/lib/use-draft";
import { useFieldErrors } from "@/lib/use-field-errors";
import { useDebate, useRefreshDebate } from "./debate-context";
import { useMentions } from "./use-mentions";

/** Edits a claim's text in place; the server keeps every revision. */
export function ClaimEditor({ claim, onClose }: { claim: Claim; onClose: () => void }) {
  const trpc = useTRPC();
  const { announce, debateId } = useDebate();
  const refresh = useRefreshDebate();
  const n = claim.number;
  const draft = useDraft(`claim:${debateId}:edit:${claim.id}`, claim.body ?? "");
  const mention = useMentions(debateId, draft.value, draft.setValue);
  const tooLong = overLimitReason(draft.value, CLAIM_BODY_MAX);
  const edit = useMutation(
    trpc.claim.edit.mutationOptions({
      onSuccess: async (result) => {
        draft.clear();
        await refresh();
        onClose();
        announce(result.revision ? `Saved #${n}.` : `No change to #${n}.`);
      },
    }),
  );

  const errors = useFieldErrors(edit.error, ["body"]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (tooLong) return;
    const body = draft.value.trim();
    const mentions = mention.mentions();
    if (errors.check(editClaimFields, { body, mentions }))
      edit.mutate({ claimId: claim.id, body, mentions });
  }

  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={(event) => event.key === "Escape" && !edit.isPending && onClose()}
      aria-label={`Edit #${n}`}
      className="space-y-3"
    >
      <LimitedTextArea
        label={`Text of #${n}`}
        name="body"
        value={draft.value}
        onValueChange={mention.onValueChange}
        {...mention.textareaProps}
        max={CLAIM_BODY_MAX}
        error={errors.field("body")}
        draftSaved={draft.saved}
        required
        autoFocus
        hint="The earlier wording stays in the claim's history."
      />
      {mention.list}
      <FormError message={errors.formMessage} />
      <div className="flex flex-wrap gap-2">
        <Button
          type="submit"
          variant="primary"
          pending={edit.isPending}
          pendingLabel="Saving…"
          disabled={tooLong !== null}
        >
          Save
        </Button>
        <Button onClick={onClose}>Cancel</Button>
      </div>
    </form>
  );
}
