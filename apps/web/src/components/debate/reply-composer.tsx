"use client";

import { CLAIM_BODY_MAX, postClaimFields } from "@steelman/api/schemas";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, type KeyboardEvent, useId } from "react";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { FormError } from "@/components/ui/form-error";
import { LimitedTextArea, overLimitReason } from "@/components/ui/limited-text-area";
import { type Claim, replyWord } from "@/lib/debate";
import { focusClaim } from "@/lib/focus-claim";
import { useTRPC } from "@/lib/trpc";
import { useDraft } from "@/lib/use-draft";
import { useFieldErrors } from "@/lib/use-field-errors";
import { useSubmissionKey } from "@/lib/use-submission-key";
import { useDebate, useRefreshDebate } from "./debate-context";
import { useMentions } from "./use-mentions";

export type ReplyKind = "support" | "objection";

const KINDS = [
  { value: "support", label: "Support" },
  { value: "objection", label: "Objection" },
] as const;

type ReplyComposerProps = {
  target: Claim;
  kind: ReplyKind;
  onKindChange: (kind: ReplyKind) => void;
  onClose: () => void;
};

/** Writes a support or an objection (a rebuttal, when aimed at a reply) to one claim, in place. */
export function ReplyComposer({ target, kind, onKindChange, onClose }: ReplyComposerProps) {
  const trpc = useTRPC();
  const { debateId, announce } = useDebate();
  const refresh = useRefreshDebate();
  const name = useId();
  const word = replyWord(kind, target);
  const n = target.number;
  // One draft per target: switching between support and objection keeps the text.
  const draft = useDraft(`claim:${debateId}:reply:${target.id}`, "");
  const mention = useMentions(debateId, draft.value, draft.setValue);
  const submission = useSubmissionKey();
  const post = useMutation(
    trpc.claim.post.mutationOptions({
      onSuccess: async (claim) => {
        submission.succeeded();
        draft.clear();
        await refresh();
        onClose();
        announce(`Posted ${word} #${claim.number}.`);
        void focusClaim(claim.number);
      },
    }),
  );

  const errors = useFieldErrors(post.error, ["body"]);
  const tooLong = overLimitReason(draft.value, CLAIM_BODY_MAX);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (tooLong) return;
    const input = {
      debateId,
      kind,
      targetId: target.id,
      body: draft.value.trim(),
      mentions: mention.mentions(),
      idempotencyKey: submission.current(),
    };
    if (errors.check(postClaimFields, input)) post.mutate(input);
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === "Escape" && !post.isPending) onClose();
  }

  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      aria-label={`Reply to #${n}`}
      className="mt-2 space-y-4 rounded-lg border border-stone-200 bg-white p-4 shadow-sm"
    >
      <ChoiceGroup
        legend={`Reply to #${n} with a`}
        name={name}
        choices={KINDS}
        value={kind}
        onChange={onKindChange}
        inline
      />
      <LimitedTextArea
        label={`Your ${word}`}
        name="body"
        required
        value={draft.value}
        onValueChange={mention.onValueChange}
        {...mention.textareaProps}
        max={CLAIM_BODY_MAX}
        error={errors.field("body")}
        draftSaved={draft.saved}
        autoFocus
        hint={HINTS[word]?.(n)}
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
          Post {word}
        </Button>
        <Button onClick={onClose}>Cancel</Button>
      </div>
    </form>
  );
}

const HINTS: Record<string, (n: number) => string> = {
  support: (n) => `A reason for #${n}. Supports do not change whether #${n} stands.`,
  objection: (n) => `A reason against #${n}. While it stands unanswered, it is listed as open.`,
  rebuttal: (n) => `An answer to #${n}: if your rebuttal stands, #${n} counts as answered.`,
};
