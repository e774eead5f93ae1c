"use client";

import { CLAIM_BODY_MAX, postClaimFields } from "@steelman/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { type FormEvent, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { LimitedTextArea, overLimitReason } from "@/components/ui/limited-text-area";
import { focusClaim } from "@/lib/focus-claim";
import { useTRPC } from "@/lib/trpc";
import { useDraft } from "@/lib/use-draft";
import { useFieldErrors } from "@/lib/use-field-errors";
import { useSubmissionKey } from "@/lib/use-submission-key";
import { useDebate, useRefreshDebate } from "./debate-context";
import { useMentions } from "./use-mentions";

/** "Add a position": a new top-level answer to the debate's question. */
export function PositionComposer({ initiallyOpen = false }: { initiallyOpen?: boolean }) {
  const trpc = useTRPC();
  const { debateId, announce } = useDebate();
  const refresh = useRefreshDebate();
  const draft = useDraft(`claim:${debateId}:position`, "");
  const mention = useMentions(debateId, draft.value, draft.setValue);
  const submission = useSubmissionKey();
  const [open, setOpen] = useState(initiallyOpen);
  const openButtonId = useId();
  const post = useMutation(
    trpc.claim.post.mutationOptions({
      onSuccess: async (claim) => {
        submission.succeeded();
        draft.clear();
        await refresh();
        setOpen(false);
        announce(`Posted position #${claim.number}.`);
        void focusClaim(claim.number);
      },
    }),
  );
  const errors = useFieldErrors(post.error, ["body"]);
  const tooLong = overLimitReason(draft.value, CLAIM_BODY_MAX);

  function close() {
    setOpen(false);
    post.reset();
    requestAnimationFrame(() => document.getElementById(openButtonId)?.focus());
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (tooLong) return;
    const input = {
      debateId,
      kind: "position" as const,
      targetId: null,
      body: draft.value.trim(),
      mentions: mention.mentions(),
      idempotencyKey: submission.current(),
    };
    if (errors.check(postClaimFields, input)) post.mutate(input);
  }

  if (!open) {
    return (
      <Button id={openButtonId} onClick={() => setOpen(true)} aria-expanded={false}>
        <Plus aria-hidden="true" className="size-4" />
        Add a position
      </Button>
    );
  }

  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={(event) => event.key === "Escape" && !post.isPending && close()}
      aria-label="Add a position"
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 shadow-sm"
    >
      <LimitedTextArea
        label="Your position"
        name="body"
        required
        value={draft.value}
        onValueChange={mention.onValueChange}
        {...mention.textareaProps}
        max={CLAIM_BODY_MAX}
        error={errors.field("body")}
        draftSaved={draft.saved}
        autoFocus
        hint="A top-level answer to the question. Others can then support it or object to it."
      />
      {mention.list}
      <FormError message={errors.formMessage} />
      <div className="flex flex-wrap gap-2">
        <Button
          type="submit"
          variant="primary"
          pending={post.isPending}
          pendingLabel="Posting…"
          disabled={tooLong !== null}
        >
          Post position
        </Button>
        <Button onClick={close}>Cancel</Button>
      </div>
    </form>
  );
}
