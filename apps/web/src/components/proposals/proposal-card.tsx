"use client";

import { useId, useState } from "react";
import { ClaimLink } from "@/components/debate/claim-link";
import { useDebate } from "@/components/debate/debate-context";
import { Button } from "@/components/ui/button";
import { countLabel } from "@/lib/debate";
import { formatDateTime } from "@/lib/format-time";
import { BallotForm } from "./ballot-form";
import { BallotSummary } from "./ballot-summary";
import { CloseProposalButton } from "./close-proposal-button";
import { ProposalResults } from "./proposal-results";
import { METHOD_LABELS, type Proposal } from "./proposal-words";

/** One proposal: what it says, how and until when it is voted on, my ballot, and the count. */
export function ProposalCard({ proposal }: { proposal: Proposal }) {
  const { claimById } = useDebate();
  const headingId = useId();
  const [changing, setChanging] = useState(false);
  const open = proposal.status === "open";
  // What the server allows this reader (proposal.can), shown while the proposal is open.
  const canVote = open && proposal.can.vote;
  const showForm = canVote && (!proposal.myBallot || changing);
  const { tally } = proposal;
  const claim = claimById.get(proposal.claimId);
  const closedAt = proposal.closedAt ?? proposal.closesAt;

  return (
    <section
      aria-labelledby={headingId}
      className="min-w-0 space-y-3 rounded-lg border border-stone-200 bg-white p-4"
    >
      <div className="space-y-1">
        <h3 id={headingId} className="font-semibold text-pretty text-stone-900">
          {proposal.title}
        </h3>
        <p className="flex flex-wrap gap-x-2 gap-y-1 text-sm text-stone-600">
          <span>{METHOD_LABELS[proposal.method]}</span>
          <span aria-hidden="true">·</span>
          <span className={open ? "font-medium text-sky-900" : "font-medium text-stone-800"}>
            {open ? "Open" : "Closed"}
          </span>
          <span aria-hidden="true">·</span>
          <span>
            {open ? "closes " : "closed "}
            <time dateTime={closedAt.toISOString()}>{formatDateTime(closedAt)}</time>
          </span>
          <span aria-hidden="true">·</span>
          <span>
            {proposal.ballotCount === null
              ? "turnout hidden until results"
              : countLabel(proposal.ballotCount, "ballot")}
          </span>
          <span aria-hidden="true">·</span>
          <span>{proposal.guestsMayVote ? "guests vote too" : "members vote"}</span>
          {proposal.quorum ? (
            <>
              <span aria-hidden="true">·</span>
              <span>quorum {Math.round(proposal.quorum * 100)}%</span>
            </>
          ) : null}
          {claim ? (
            <>
              <span aria-hidden="true">·</span>
              <span>
                claim <ClaimLink number={claim.number} />
              </span>
            </>
          ) : null}
        </p>
      </div>
      {proposal.myBallot && !changing ? (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <BallotSummary proposal={proposal} />
          {canVote ? (
            <Button className="min-h-9 px-3" onClick={() => setChanging(true)}>
              Change my ballot
            </Button>
          ) : null}
        </div>
      ) : null}
      {open && proposal.can.noVoteReason ? (
        <p className="text-sm text-stone-600">{proposal.can.noVoteReason}</p>
      ) : null}
      {showForm ? <BallotForm proposal={proposal} onDone={() => setChanging(false)} /> : null}
      {showForm && proposal.myBallot ? (
        <Button variant="quiet" className="min-h-9 px-3" onClick={() => setChanging(false)}>
          Keep my ballot as it is
        </Button>
      ) : null}
      <div className="border-t border-stone-100 pt-3">
        {tally ? (
          <ProposalResults tally={tally} options={proposal.options} closed={!open} folded={!open} />
        ) : (
          <p className="text-sm text-stone-600">Results hidden until voting ends.</p>
        )}
      </div>
      {open && proposal.can.close ? <CloseProposalButton proposal={proposal} /> : null}
    </section>
  );
}
