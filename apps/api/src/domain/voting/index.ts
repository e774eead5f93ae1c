export { countConsent } from "./count-consent.ts";
export { countDots } from "./count-dot.ts";
export { countRankedChoice } from "./count-ranked-choice.ts";
export type { ScoreSummary } from "./count-score.ts";
export { countScores, summarizeScores } from "./count-score.ts";
export { countSingleChoice } from "./count-single-choice.ts";
export type {
  ChoiceOutcome,
  ConsentTally,
  DotTally,
  IrvRound,
  RankedChoiceTally,
  ScoreTally,
  SingleChoiceTally,
  Tally,
  TallyWithTurnout,
} from "./count-votes.ts";
export { countVotes } from "./count-votes.ts";
export type { Electorate, Voter } from "./eligibility.ts";
export { ballotRefusal, eligibleVoters, GUESTS_MAY_NOT_VOTE } from "./eligibility.ts";
export { isQuorumMet } from "./quorum.ts";
export type { TallyApart, VoterBallot } from "./tally-apart.ts";
export { countVotesApart } from "./tally-apart.ts";
export type {
  Ballot,
  BallotOf,
  ConsentChoice,
  ProposalMethod,
  ProposalOption,
  ProposalRules,
} from "./types.ts";
export { CONSENT_CHOICES, METHOD_NAMES } from "./types.ts";
export { validateBallot } from "./validate-ballot.ts";
