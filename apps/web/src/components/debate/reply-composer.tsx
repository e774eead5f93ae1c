"use client";

import { useMutation } from "@tanstack/react-query";
import { type FormEvent, type KeyboardEvent, useId } from "react";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextAreaField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { type Claim, replyWord } from "@/lib/debate";
import { getErrorMessage } from "@/lib/error-message";
import { focusClaim } from "@/lib/focus-claim";
import { useTRPC } from "@/lib/trpc";
import { useDebate, useRefreshDebate } from "./debate-context";

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
  const post = useMutation(
    trpc.claim.post.mutationOptions({
      onSuccess: async (claim) => {
        await refresh();
        onClose();
        announce(`Posted ${word} #${claim.number}.`);
        void focusClaim(claim.number);
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = String(new FormData(event.currentTarget).get("body")).trim();
    post.mutate({ debateId, kind, targetId: target.id, body });
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
      <TextAreaField
        label={`Your ${word}`}
        name="body"
        required
        maxLength={5000}
        autoFocus
        hint={HINTS[word]?.(n)}
      />
      <FormError message={post.error ? getErrorMessage(post.error) : null} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" pending={post.isPending} pendingLabel="Posting…">
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
