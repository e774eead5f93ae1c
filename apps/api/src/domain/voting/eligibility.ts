// Who may cast a ballot on a proposal, and how many people quorum counts.
// A join code admits people, not ballots: guests vote only where the proposal
// says so, and then they count in quorum's denominator too. Pure.
import { hasAtLeastRole, type Role } from "../roles.ts";

export type Voter = { role: Role; guest: boolean };

export const GUESTS_MAY_NOT_VOTE =
  "Guests do not vote on this proposal; the facilitator chose members only when it was put to the group.";

/** Why this person may not cast a ballot on this proposal, or null when they may. */
export function ballotRefusal(voter: Voter, proposal: { guestsMayVote: boolean }): string | null {
  if (!hasAtLeastRole(voter.role, "member"))
    return "Observers follow the vote but do not cast ballots.";
  if (voter.guest && !proposal.guestsMayVote) return GUESTS_MAY_NOT_VOTE;
  return null;
}

export type Electorate = {
  /** Workspace members whose role lets them vote (not observers). */
  votingMembers: number;
  /** Guests of this debate, not removed, whose grant lets them vote. */
  votingGuests: number;
};

/** Quorum's denominator: everyone eligible to vote on this proposal. */
export function eligibleVoters(electorate: Electorate, guestsMayVote: boolean): number {
  return electorate.votingMembers + (guestsMayVote ? electorate.votingGuests : 0);
}
