"use client";

import { type FormEvent, useState } from "react";
import { InlineSelect } from "@/components/ui/field";
import type { BallotProps } from "./ballot-form";

/** Score: every option gets a score from 0 to the proposal's maximum. */
export function ScoreBallot({ proposal, options, previous, onCast, footer }: BallotProps) {
  const [scores, setScores] = useState<Record<string, string>>(() => {
    const before = previous?.method === "score" ? previous.scores : {};
    return Object.fromEntries(options.map((o) => [o.id, before[o.id]?.toString() ?? ""]));
  });
  const values = Array.from({ length: proposal.scoreMax + 1 }, (_, i) => i);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const unscored = options.filter((o) => scores[o.id] === "");
    if (unscored.length > 0) {
      return onCast(
        `Give every option a score (missing: ${unscored.map((o) => o.label).join(", ")}).`,
      );
    }
    onCast({
      method: "score",
      scores: Object.fromEntries(options.map((o) => [o.id, Number(scores[o.id])])),
    });
  }

  return (
    <form onSubmit={onSubmit} aria-label={`Your ballot on ${proposal.title}`} className="space-y-4">
      <fieldset className="space-y-2">
        <legend className="mb-2 text-sm font-medium text-stone-800">
          Your scores, from 0 (worst) to {proposal.scoreMax} (best)
        </legend>
        <ul className="divide-y divide-stone-100 rounded-md border border-stone-200">
          {options.map((option) => (
            <li key={option.id} className="flex items-center justify-between gap-3 px-3 py-2">
              <span className="min-w-0 text-sm text-stone-900">{option.label}</span>
              <InlineSelect
                aria-label={`Score for ${option.label}`}
                value={scores[option.id] ?? ""}
                onChange={(event) =>
                  setScores((now) => ({ ...now, [option.id]: event.target.value }))
                }
              >
                <option value="">—</option>
                {values.map((value) => (
                  <option key={value} value={value}>
                    {value}
                  </option>
                ))}
              </InlineSelect>
            </li>
          ))}
        </ul>
      </fieldset>
      {footer}
    </form>
  );
}
