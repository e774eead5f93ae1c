"use client";

import { type FormEvent, useId, useState } from "react";
import type { BallotProps } from "./ballot-form";

/** Dot voting: a fixed number of dots, spread over the options as the voter likes. */
export function DotBallot({ proposal, options, previous, onCast, footer }: BallotProps) {
  const remainingId = useId();
  const [dots, setDots] = useState<Record<string, number>>(() => {
    const before = previous?.method === "dot" ? previous.dots : {};
    return Object.fromEntries(options.map((o) => [o.id, before[o.id] ?? 0]));
  });
  const used = Object.values(dots).reduce((sum, n) => sum + n, 0);
  const remaining = proposal.dots - used;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (remaining < 0) return onCast(`You have placed ${used} dots; you have ${proposal.dots}.`);
    if (used === 0) return onCast("Place at least one dot.");
    onCast({ method: "dot", dots });
  }

  return (
    <form onSubmit={onSubmit} aria-label={`Your ballot on ${proposal.title}`} className="space-y-4">
      <fieldset className="space-y-2" aria-describedby={remainingId}>
        <legend className="mb-2 text-sm font-medium text-stone-800">
          Place your {proposal.dots} dots
        </legend>
        <p
          id={remainingId}
          aria-live="polite"
          className={`text-sm ${remaining < 0 ? "font-medium text-red-800" : "text-stone-600"}`}
        >
          {remaining < 0
            ? `${-remaining} too many: you have ${proposal.dots} dots.`
            : `${remaining} of ${proposal.dots} dots left`}
        </p>
        <ul className="divide-y divide-stone-100 rounded-md border border-stone-200">
          {options.map((option) => (
            <li key={option.id} className="flex items-center justify-between gap-3 px-3 py-2">
              <label htmlFor={`${remainingId}-${option.id}`} className="min-w-0 text-sm">
                {option.label}
              </label>
              <input
                id={`${remainingId}-${option.id}`}
                type="number"
                inputMode="numeric"
                min={0}
                max={proposal.dots}
                value={dots[option.id] ?? 0}
                onChange={(event) => {
                  const value = Math.max(0, Math.floor(Number(event.target.value) || 0));
                  setDots((now) => ({ ...now, [option.id]: value }));
                }}
                className="min-h-9 w-20 rounded-md border border-stone-300 bg-white px-2 py-1 text-right text-base hover:border-stone-500 sm:text-sm"
              />
            </li>
          ))}
        </ul>
      </fieldset>
      {footer}
    </form>
  );
}
