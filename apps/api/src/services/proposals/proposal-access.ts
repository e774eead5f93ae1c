// Loads a proposal with what the rules and the counting need.

import type { Db } from "../../db.ts";
import { DomainError } from "../../domain/domain-error.ts";
import type { ProposalRules } from "../../domain/voting/index.ts";
import { readOptions } from "./proposal-json.ts";

export { isProposalOpen } from "../../domain/voting/proposal-abilities.ts";

export const proposalSelect = {
  id: true,
  workspaceId: true,
  debateId: true,
  claimId: true,
  title: true,
  method: true,
  options: true,
  scoreMax: true,
  dots: true,
  quorum: true,
  guestsMayVote: true,
  closesAt: true,
  closedAt: true,
  result: true,
  createdAt: true,
  createdBy: { select: { id: true, displayName: true } },
  claim: { select: { number: true, body: true } },
} as const;

export async function loadProposal(db: Db, proposalId: string, debateId: string) {
  const proposal = await db.proposal.findUnique({
    where: { id: proposalId },
    select: proposalSelect,
  });
  if (!proposal || proposal.debateId !== debateId) {
    throw new DomainError("NOT_FOUND", "Proposal not found in this debate.");
  }
  return proposal;
}

export type LoadedProposal = Awaited<ReturnType<typeof loadProposal>>;

export function rulesOf(proposal: LoadedProposal): ProposalRules {
  return {
    method: proposal.method,
    options: readOptions(proposal.options),
    scoreMax: proposal.scoreMax,
    dots: proposal.dots,
    quorum: proposal.quorum,
  };
}
