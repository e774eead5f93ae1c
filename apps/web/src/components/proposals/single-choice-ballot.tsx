"use client";

import { type FormEvent, useId, useState } from "react";
import { ChoiceGroup } from "@/components/ui/choice-group";
import type { BallotProps } from "./ballot-form";

/** Single choice: one option. */
export function SingleChoiceBallot({ proposal, options, previous, onCast, footer }: BallotProps) {
  const name = useId();
  const [optionId, setOptionId] = useState<string | null>(
    previous?.method === "single_choice" ? previous.optionId : null,
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!optionId) return onCast("Choose one option.");
    onCast({ method: "single_choice", optionId });
  }

  return (
    <form onSubmit={onSubmit} aria-label={`Your ballot on ${proposal.title}`} className="space-y-4">
      <ChoiceGroup
        legend="Your choice"
        name={name}
        choices={options.map((option) => ({ value: option.id, label: option.label }))}
        value={optionId}
        onChange={setOptionId}
      />
      {footer}
    </form>
  );
}
