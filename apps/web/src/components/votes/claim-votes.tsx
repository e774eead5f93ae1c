"use client";

import { decodeClaimActions } from "@steelman/api/claim-actions";
import { Vote } from "lucide-react";
import { useId, useState } from "react";
import { ActionButton } from "@/components/debate/action-button";
import { useDebate } from "@/components/debate/debate-context";
import type { Claim } from "@/lib/debate";
import { ClaimVoteForm } from "./claim-vote-form";
import { tallyText, voteText } from "./vote-words";

/** A claim's votes: the tally (or why it is hidden), my vote, and for members a way to vote. */
export function ClaimVotes({ claim }: { claim: Claim }) {
  // From the debate's context, not a query of its own: an observer per claim cost the outline's first draw.
  const { talliesHidden } = useDebate();
  const [open, setOpen] = useState(false);
  const formId = useId();
  const buttonId = useId();
  const n = claim.number;
  const canVote = decodeClaimActions(claim.can).vote;
  const summary = claim.tally
    ? tallyText(claim.tally)
    : talliesHidden
      ? "Tallies hidden until voting ends"
      : "No votes yet";
  if (!canVote && !claim.tally && !claim.myVote) return null;

  function close() {
    setOpen(false);
    requestAnimationFrame(() => document.getElementById(buttonId)?.focus());
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-600">
        {canVote ? (
          <ActionButton
            id={buttonId}
            className="-ml-2"
            aria-expanded={open}
            aria-controls={formId}
            onClick={() => setOpen((value) => !value)}
          >
            <Vote aria-hidden="true" className="size-4" />
            {claim.myVote ? "Change vote" : "Vote"}
            <span className="sr-only"> on #{n}</span>
          </ActionButton>
        ) : null}
        <p>
          {/* "No votes yet" on every claim is noise: it is said to screen readers only. */}
          <span className={claim.tally || talliesHidden ? "" : "sr-only"}>
            <span className="sr-only">Votes on #{n}: </span>
            {summary}
          </span>
          {claim.myVote ? (
            <span className="text-stone-800">
              <span aria-hidden="true" className="text-stone-400">
                {claim.tally || talliesHidden ? " · " : null}
              </span>
              <span className="sr-only">. </span>
              Your vote: <span className="font-medium">{voteText(claim.myVote)}</span>
            </span>
          ) : null}
        </p>
      </div>
      <div id={formId} hidden={!open}>
        {open ? <ClaimVoteForm claim={claim} onClose={close} /> : null}
      </div>
    </div>
  );
}
