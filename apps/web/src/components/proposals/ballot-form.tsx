"use client";

import { useMutation } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useDebate } from "@/components/debate/debate-context";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { getErrorMessage } from "@/lib/error-message";
import { useTRPC } from "@/lib/trpc";
import { ConsentBallot } from "./consent-ballot";
import { DotBallot } from "./dot-ballot";
import type { BallotInput, Proposal, ProposalOption, StoredBallot } from "./proposal-words";
import { RankedChoiceBallot } from "./ranked-choice-ballot";
import { ScoreBallot } from "./score-ballot";
import { SingleChoiceBallot } from "./single-choice-ballot";
import { useRefreshProposals } from "./use-refresh-proposals";

/** What every method's ballot receives: the options, the ballot already cast, and how to cast. */
export type BallotProps = {
  proposal: Proposal;
  options: ProposalOption[];
  previous: StoredBallot | null;
  /** A ballot to send, or a sentence saying what is missing. */
  onCast: (ballot: BallotInput | string) => void;
  /** The error and the submit button, placed at the end of the method's form. */
  footer: ReactNode;
};

/** One person's ballot on an open proposal, in the shape its method asks for. */
export function BallotForm({ proposal, onDone }: { proposal: Proposal; onDone: () => void }) {
  const trpc = useTRPC();
  const { debateId, announce } = useDebate();
  const refresh = useRefreshProposals();
  const [problem, setProblem] = useState<string | null>(null);
  const cast = useMutation(
    trpc.proposal.vote.mutationOptions({
      onSuccess: async ({ objectionId }) => {
        await refresh();
        announce(
          objectionId
            ? "Ballot cast. Your block is now an objection in the debate."
            : "Ballot cast.",
        );
        onDone();
      },
    }),
  );

  function onCast(ballot: BallotInput | string) {
    if (typeof ballot === "string") return setProblem(ballot);
    setProblem(null);
    cast.mutate({ debateId, proposalId: proposal.id, ballot });
  }

  const footer = (
    <div className="space-y-3">
      <FormError message={problem ?? (cast.error ? getErrorMessage(cast.error) : null)} />
      <Button type="submit" variant="primary" pending={cast.isPending} pendingLabel="Casting…">
        {proposal.myBallot ? "Change my ballot" : "Cast my ballot"}
      </Button>
    </div>
  );
  const props: BallotProps = {
    proposal,
    options: proposal.options,
    previous: proposal.myBallot?.choice ?? null,
    onCast,
    footer,
  };
  switch (proposal.method) {
    case "consent":
      return <ConsentBallot {...props} />;
    case "single_choice":
      return <SingleChoiceBallot {...props} />;
    case "ranked_choice":
      return <RankedChoiceBallot {...props} />;
    case "score":
      return <ScoreBallot {...props} />;
    case "dot":
      return <DotBallot {...props} />;
  }
}
