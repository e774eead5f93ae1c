"use client";

import { ExternalLink } from "lucide-react";
import { type FormEvent, useId, useState } from "react";
import { GroupSplitNote } from "@/components/groups/group-split-note";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextAreaField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import type { DispositionDraft } from "./decision-draft";
import { DISPOSITIONS, type OpenObjection } from "./decision-words";

type ObjectionStepProps = {
  objection: OpenObjection;
  /** Where the objection is in the debate, to read it in context. */
  href: string;
  value: DispositionDraft;
  onChange: (value: DispositionDraft) => void;
  onBack: () => void;
  onNext: () => void;
  isLast: boolean;
};

/** One open objection: its text, and what the decision does about it. */
export function ObjectionStep({
  objection,
  href,
  value,
  onChange,
  onBack,
  onNext,
  isLast,
}: ObjectionStepProps) {
  const name = useId();
  const [missing, setMissing] = useState(false);
  const n = objection.number;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!value.disposition) return setMissing(true);
    setMissing(false);
    onNext();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-5" aria-label={`Disposition of objection #${n}`}>
      <figure className="space-y-2 rounded-lg border border-amber-300 bg-amber-50/60 p-4">
        <figcaption className="flex flex-wrap items-center justify-between gap-2 text-xs font-semibold tracking-wide text-stone-600 uppercase">
          Objection #{n} · unanswered
          <a
            href={href}
            target="_blank"
            rel="noreferrer"
            className="inline-flex items-center gap-1 font-medium tracking-normal normal-case underline underline-offset-2"
          >
            Read it in the debate
            <ExternalLink aria-hidden="true" className="size-3.5" />
            <span className="sr-only">(opens in a new tab)</span>
          </a>
        </figcaption>
        <blockquote className="whitespace-pre-line text-stone-900">{objection.body}</blockquote>
      </figure>
      <GroupSplitNote split={objection.groupSplit} />
      <ChoiceGroup
        legend={`What does the decision do about #${n}?`}
        name={name}
        choices={DISPOSITIONS}
        value={value.disposition}
        onChange={(disposition) => {
          setMissing(false);
          onChange({ ...value, disposition });
        }}
      />
      <TextAreaField
        label="Note (optional)"
        value={value.note}
        onChange={(event) => onChange({ ...value, note: event.target.value })}
        rows={2}
        hint="What you will watch for, or why it does not apply."
      />
      <FormError message={missing ? `Choose a disposition for #${n}.` : null} />
      <div className="flex flex-wrap gap-2">
        <Button onClick={onBack}>Back</Button>
        <Button type="submit" variant="primary">
          {isLast ? "Next: review" : "Next objection"}
        </Button>
      </div>
    </form>
  );
}
