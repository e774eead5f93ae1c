import { describe, expect, it } from "vitest";
import { countVotesApart } from "./tally-apart.ts";
import type { Ballot, ProposalRules } from "./types.ts";

const rules: ProposalRules = {
  method: "single_choice",
  options: [
    { id: "a", label: "A" },
    { id: "b", label: "B" },
  ],
  scoreMax: 5,
  dots: 5,
  quorum: 0.5,
};
const pick = (optionId: string): Ballot => ({ method: "single_choice", optionId });

describe("countVotesApart", () => {
  it("decides on members and guests together, showing each group apart", () => {
    const tally = countVotesApart(
      rules,
      [
        { ballot: pick("a"), guest: false },
        { ballot: pick("b"), guest: true },
        { ballot: pick("b"), guest: true },
      ],
      { votingMembers: 2, votingGuests: 2 },
      true,
    );
    expect(tally).toMatchObject({
      decidedBy: "members_and_guests",
      winners: ["b"],
      ballots: 3,
      eligible: 4,
      quorumMet: true,
    });
    expect(tally.members).toMatchObject({ winners: ["a"], ballots: 1, eligible: 2 });
    expect(tally.guests).toMatchObject({ winners: ["b"], ballots: 2, eligible: 2 });
  });

  it("guests alone cannot reach quorum: the denominator counts every eligible member", () => {
    const guestBallots = [pick("a"), pick("a"), pick("a")].map((ballot) => ({
      ballot,
      guest: true,
    }));
    const tally = countVotesApart(
      rules,
      guestBallots,
      { votingMembers: 10, votingGuests: 3 },
      true,
    );
    expect(tally).toMatchObject({ outcome: "no_quorum", ballots: 3, eligible: 13 });
  });

  it("on a members-only proposal, counts no guest ballot and shows no guest tally", () => {
    const tally = countVotesApart(
      rules,
      [
        { ballot: pick("a"), guest: false },
        { ballot: pick("b"), guest: true },
      ],
      { votingMembers: 1, votingGuests: 5 },
      false,
    );
    expect(tally).toMatchObject({ decidedBy: "members", winners: ["a"], ballots: 1, eligible: 1 });
    expect(tally.guests).toBeNull();
  });
});
