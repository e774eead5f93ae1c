// Counts a proposal's ballots by its method and applies the quorum.
import { countConsent } from "./count-consent.ts";
import { countDots } from "./count-dot.ts";
import { countRankedChoice } from "./count-ranked-choice.ts";
import { countScores } from "./count-score.ts";
import { countSingleChoice } from "./count-single-choice.ts";
import { isQuorumMet } from "./quorum.ts";
import type { Tally, TallyWithTurnout } from "./tally.ts";
import type { Ballot, BallotOf, ProposalMethod, ProposalRules } from "./types.ts";
import { validateBallot } from "./validate-ballot.ts";

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
} from "./tally.ts";

/**
 * Every ballot must pass `validateBallot` (ballots are checked when cast);
 * an invalid one throws rather than being silently left out of a decision.
 * Without quorum the outcome is "no_quorum" and there are no winners, but the
 * counts (and runoff rounds) are still reported.
 */
export function countVotes(
  rules: ProposalRules,
  ballots: Ballot[],
  eligibleVoters: number,
): TallyWithTurnout {
  ballots.forEach((ballot, index) => {
    const problem = validateBallot(rules, ballot);
    if (problem !== null) throw new Error(`Ballot ${index + 1} cannot be counted: ${problem}`);
  });
  const quorumMet = isQuorumMet(rules.quorum, ballots.length, eligibleVoters);
  const tally = countByMethod(rules, ballots);
  const turnout = { ballots: ballots.length, eligible: eligibleVoters, quorumMet };
  if (quorumMet) return { ...tally, ...turnout };
  if (tally.method === "consent") return { ...tally, outcome: "no_quorum", ...turnout };
  return { ...tally, winners: [], outcome: "no_quorum", ...turnout };
}

function countByMethod(rules: ProposalRules, ballots: Ballot[]): Tally {
  switch (rules.method) {
    case "consent":
      return countConsent(ofMethod(ballots, "consent"));
    case "single_choice":
      return countSingleChoice(rules.options, ofMethod(ballots, "single_choice"));
    case "ranked_choice":
      return countRankedChoice(rules.options, ofMethod(ballots, "ranked_choice"));
    case "score":
      return countScores(rules.options, ofMethod(ballots, "score"));
    case "dot":
      return countDots(rules.options, ofMethod(ballots, "dot"));
  }
}

/** Narrows ballots already checked to be of the rules' method. */
function ofMethod<M extends ProposalMethod>(ballots: Ballot[], method: M): BallotOf<M>[] {
  return ballots.filter((ballot): ballot is BallotOf<M> => ballot.method === method);
}
