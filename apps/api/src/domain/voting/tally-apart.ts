// Members' and guests' ballots counted apart, beside the result that decides.
// The decision belongs to everyone eligible together: members and, where the
// proposal lets guests vote, guests; quorum is checked on that combined
// electorate. The two group tallies are shown so a room can see whether
// guests swung the outcome; they decide nothing on their own. Pure.
import { countVotes, type TallyWithTurnout } from "./count-votes.ts";
import { type Electorate, eligibleVoters } from "./eligibility.ts";
import type { Ballot, ProposalRules } from "./types.ts";

export type VoterBallot = { ballot: Ballot; guest: boolean };

export type TallyApart = TallyWithTurnout & {
  /** Which ballots the outcome above was decided on. */
  decidedBy: "members" | "members_and_guests";
  members: TallyWithTurnout;
  /** Null when guests do not vote on this proposal. */
  guests: TallyWithTurnout | null;
};

export function countVotesApart(
  rules: ProposalRules,
  ballots: readonly VoterBallot[],
  electorate: Electorate,
  guestsMayVote: boolean,
): TallyApart {
  // A guest ballot on a members-only proposal is never counted (none can be cast).
  const counted = ballots.filter((b) => guestsMayVote || !b.guest);
  const ofMembers = counted.filter((b) => !b.guest).map((b) => b.ballot);
  const ofGuests = counted.filter((b) => b.guest).map((b) => b.ballot);
  const combined = countVotes(
    rules,
    counted.map((b) => b.ballot),
    eligibleVoters(electorate, guestsMayVote),
  );
  // The groups are shown, not decided on: no quorum applies to them.
  const shown = { ...rules, quorum: null };
  return {
    ...combined,
    decidedBy: guestsMayVote ? "members_and_guests" : "members",
    members: countVotes(shown, ofMembers, electorate.votingMembers),
    guests: guestsMayVote ? countVotes(shown, ofGuests, electorate.votingGuests) : null,
  };
}
