"use client";

import { ShieldAlert } from "lucide-react";
import { type FormEvent, useId, useState } from "react";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextAreaField } from "@/components/ui/field";
import type { BallotProps } from "./ballot-form";
import { CONSENT_LABELS, type ConsentChoice } from "./proposal-words";

const CHOICES = [
  { value: "agree", label: CONSENT_LABELS.agree, hint: "I can live with it." },
  { value: "abstain", label: CONSENT_LABELS.abstain, hint: "I stand aside." },
  {
    value: "disagree",
    label: CONSENT_LABELS.disagree,
    hint: "I have concerns, but I will not stop it.",
  },
  { value: "block", label: CONSENT_LABELS.block, hint: "It must not go ahead as it stands." },
] as const;

/** Consent: agree, abstain, disagree or block; disagreeing and blocking need a reason. */
export function ConsentBallot({ proposal, previous, onCast, footer }: BallotProps) {
  const name = useId();
  const noteId = useId();
  const before = previous?.method === "consent" ? previous : null;
  const [choice, setChoice] = useState<ConsentChoice | null>(before?.choice ?? null);
  const [reason, setReason] = useState(before?.reason ?? "");
  const needsReason = choice === "disagree" || choice === "block";

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!choice) return onCast("Choose agree, abstain, disagree or block.");
    const text = reason.trim();
    if (needsReason && !text) {
      return onCast(
        `Say why you ${choice === "block" ? "block" : "disagree"}: a reason is required.`,
      );
    }
    // Casting a block again keeps the objection it already made, rather than writing another.
    const existingObjectionId =
      choice === "block" ? (proposal.myBallot?.objectionId ?? null) : null;
    onCast({
      method: "consent",
      choice,
      reason: needsReason ? text : null,
      existingObjectionId,
    });
  }

  return (
    <form onSubmit={onSubmit} aria-label={`Your ballot on ${proposal.title}`} className="space-y-4">
      <ChoiceGroup
        legend="Your ballot"
        name={name}
        // A block posts an objection: offered only where the phase allows one.
        choices={proposal.can.block ? CHOICES : CHOICES.filter((c) => c.value !== "block")}
        value={choice}
        onChange={setChoice}
      />
      {needsReason ? (
        <TextAreaField
          label={choice === "block" ? "Why you block" : "Why you disagree"}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          required
          rows={3}
          aria-describedby={choice === "block" ? noteId : undefined}
        />
      ) : null}
      {choice === "block" ? (
        <p
          id={noteId}
          className="flex items-start gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
        >
          <ShieldAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          Your block becomes an objection everyone can answer. While it stands unanswered, the
          proposal cannot pass.
        </p>
      ) : null}
      {footer}
    </form>
  );
}
