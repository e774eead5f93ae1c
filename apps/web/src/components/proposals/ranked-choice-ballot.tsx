"use client";

import { type FormEvent, useId, useState } from "react";
import { useDebate } from "@/components/debate/debate-context";
import type { BallotProps } from "./ballot-form";
import { labelOf } from "./proposal-words";
import { RankingList } from "./ranking-list";

/**
 * Ranked choice: the voter orders the options they care about, most preferred
 * first (a partial ranking is allowed). Counted by instant runoff.
 */
export function RankedChoiceBallot({ proposal, options, previous, onCast, footer }: BallotProps) {
  const { announce } = useDebate();
  const id = useId();
  const [ranking, setRanking] = useState<string[]>(
    previous?.method === "ranked_choice" ? previous.ranking : [],
  );
  const unranked = options.filter((option) => !ranking.includes(option.id));

  /** After the list changes, focus stays with the option that moved (or the nearest control). */
  function refocus(candidates: string[]) {
    requestAnimationFrame(() => {
      for (const candidate of candidates) {
        const element = document.getElementById(`${id}-${candidate}`);
        if (element && !(element as HTMLButtonElement).disabled) return element.focus();
      }
    });
  }

  function move(optionId: string, by: -1 | 1) {
    const from = ranking.indexOf(optionId);
    const to = from + by;
    if (from < 0 || to < 0 || to >= ranking.length) return;
    const next = [...ranking];
    next.splice(from, 1);
    next.splice(to, 0, optionId);
    setRanking(next);
    announce(`${labelOf(options, optionId)} moved to ${to + 1} of ${next.length}.`);
    refocus([`${by < 0 ? "up" : "down"}-${optionId}`, `${by < 0 ? "down" : "up"}-${optionId}`]);
  }

  function add(optionId: string) {
    const next = [...ranking, optionId];
    setRanking(next);
    announce(`${labelOf(options, optionId)} ranked ${next.length}.`);
    const after = unranked.filter((o) => o.id !== optionId)[0];
    refocus([after ? `add-${after.id}` : `up-${optionId}`, `remove-${optionId}`]);
  }

  function remove(optionId: string) {
    setRanking(ranking.filter((rankedId) => rankedId !== optionId));
    announce(`${labelOf(options, optionId)} removed from your ranking.`);
    refocus([`add-${optionId}`]);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (ranking.length === 0) return onCast("Rank at least one option.");
    onCast({ method: "ranked_choice", ranking });
  }

  return (
    <form onSubmit={onSubmit} aria-label={`Your ballot on ${proposal.title}`} className="space-y-4">
      <RankingList
        idPrefix={id}
        ranked={ranking.map((rankedId) => ({ id: rankedId, label: labelOf(options, rankedId) }))}
        unranked={unranked}
        onMove={move}
        onAdd={add}
        onRemove={remove}
      />
      {footer}
    </form>
  );
}
