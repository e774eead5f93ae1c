// What a reader may do with one proposal, asked of the rules the services
// apply (castBallot, closeProposalEarly), so the web needs no copy of them.
// Pure. routers/proposal-abilities.test.ts holds the flags to what the
// server does.
import { assertCanModerate, assertCanPost } from "../debate/debate-permissions.ts";
import { assertCanPostInPhase, type Phase } from "../debate/phase-rules.ts";
import { allows } from "../debate/rule-check.ts";
import type { Role } from "../roles.ts";
import { ballotRefusal } from "./eligibility.ts";

export type ProposalReader = { role: Role; guest: boolean; phase: Phase };
export type ProposalState = { closedAt: Date | null; closesAt: Date; guestsMayVote: boolean };

export type ProposalAbilities = {
  /** Cast or change a ballot. */
  vote: boolean;
  /** Block (consent): a block posts an objection, so the phase must allow objections. */
  block: boolean;
  close: boolean;
  /** Why this reader casts no ballot here, when the reason is theirs (not the clock's). */
  noVoteReason: string | null;
};

/** Open for ballots: not closed, and its deadline not passed. */
export function isProposalOpen(proposal: Omit<ProposalState, "guestsMayVote">, now = new Date()) {
  return proposal.closedAt === null && proposal.closesAt > now;
}

export function proposalAbilities(
  reader: ProposalReader,
  proposal: ProposalState,
  now = new Date(),
): ProposalAbilities {
  const actor = { userId: "reader", role: reader.role };
  // An archived debate is read, not changed (assertDebateWritable).
  const writable = reader.phase !== "archived";
  const refusal = ballotRefusal(reader, proposal);
  const vote =
    writable && isProposalOpen(proposal, now) && allows(() => assertCanPost(actor)) && !refusal;
  return {
    vote,
    block: vote && allows(() => assertCanPostInPhase(reader.phase, "objection", reader.role)),
    close:
      writable &&
      proposal.closedAt === null &&
      allows(() => assertCanModerate(actor, "close proposals")),
    noVoteReason: refusal,
  };
}
