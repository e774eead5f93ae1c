// Proposals decided by each method, end to end: members vote, a facilitator
// closes early, and proposal.list shows the tally kept at closing. Ballots
// can change until the close and never after.
import { describe, expect, it } from "vitest";
import { expectTrpcError } from "../test/assertions.ts";
import { addPerson, createDebateTeam, openDebate, type Person } from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";
import {
  type BallotInput,
  closeAndRead,
  countEvents,
  listEntry,
  openProposal,
  type ProposalInput,
} from "../test/proposal-fixtures.ts";

/** A debate with seven voters (owner, facilitator, member and four more members) and an observer. */
async function arrange() {
  const team = await createDebateTeam();
  const debateId = await openDebate(team.facilitator.caller, team.workspace.id);
  const extra: Person[] = [];
  for (let i = 1; i <= 4; i++) extra.push(await addPerson(team.workspace.id, "member", `m${i}`));
  const voters = [team.owner, team.facilitator, team.member, ...extra];
  return { ...team, debateId, voters };
}

type MethodCase = {
  name: string;
  proposal: Omit<ProposalInput, "debateId" | "title" | "closesAt">;
  /** Ballots of the first voters, in order. */
  ballots: BallotInput[];
  expected: Record<string, unknown>;
};

const consent = (choice: "agree" | "abstain" | "disagree", reason: string | null = null) =>
  ({ method: "consent", choice, reason }) as const;
const single = (optionId: string) => ({ method: "single_choice", optionId }) as const;
const ranked = (...ranking: string[]) => ({ method: "ranked_choice", ranking }) as const;

const METHODS: MethodCase[] = [
  {
    name: "consent: consented, a disagreement recorded but not blocking",
    proposal: { method: "consent" },
    ballots: [consent("agree"), consent("disagree", "Too soon"), consent("abstain")],
    expected: {
      counts: { agree: 1, abstain: 1, disagree: 1, block: 0 },
      blocksStanding: 0,
      blocksAnswered: 0,
      outcome: "consented",
    },
  },
  {
    name: "single choice: the option with most votes wins",
    proposal: { method: "single_choice", options: ["Tea", "Coffee", "Water"] },
    ballots: [single("o2"), single("o2"), single("o1")],
    expected: { counts: { o1: 1, o2: 2, o3: 0 }, winners: ["o2"], outcome: "decided" },
  },
  {
    name: "ranked choice: the first-round leader loses the runoff",
    proposal: { method: "ranked_choice", options: ["Alder", "Birch", "Cedar", "Damson"] },
    ballots: [
      ranked("o1"),
      ranked("o1"),
      ranked("o1", "o2"),
      ranked("o2"),
      ranked("o2", "o1"),
      ranked("o3", "o2"),
      ranked("o4", "o2"),
    ],
    expected: {
      rounds: [
        {
          round: 1,
          counts: { o1: 3, o2: 2, o3: 1, o4: 1 },
          exhausted: 0,
          eliminated: ["o3", "o4"],
          elected: null,
        },
        { round: 2, counts: { o1: 3, o2: 4 }, exhausted: 0, eliminated: [], elected: "o2" },
      ],
      winners: ["o2"],
      outcome: "decided",
    },
  },
  {
    name: "score: means and spreads, the highest mean wins",
    proposal: { method: "score", options: ["Paris", "Lyon"], scoreMax: 5 },
    ballots: [
      { method: "score", scores: { o1: 5, o2: 2 } },
      { method: "score", scores: { o1: 3, o2: 2 } },
      { method: "score", scores: { o1: 4, o2: 2 } },
    ],
    expected: {
      options: {
        o1: { mean: 4, spread: Math.sqrt(2 / 3), count: 3 },
        o2: { mean: 2, spread: 0, count: 3 },
      },
      winners: ["o1"],
      outcome: "decided",
    },
  },
  {
    name: "dot: totals per option, the most dots wins",
    proposal: { method: "dot", options: ["Red", "Green", "Blue"], dots: 5 },
    ballots: [
      { method: "dot", dots: { o1: 3, o2: 2 } },
      { method: "dot", dots: { o3: 5 } },
      { method: "dot", dots: { o2: 1 } },
    ],
    expected: { totals: { o1: 3, o2: 3, o3: 5 }, winners: ["o3"], outcome: "decided" },
  },
  {
    name: "quorum not met: one ballot of seven against a quorum of 50%",
    proposal: { method: "single_choice", options: ["Yes", "No"], quorum: 0.5 },
    ballots: [single("o1")],
    expected: { counts: { o1: 1, o2: 0 }, winners: [], outcome: "no_quorum", quorumMet: false },
  },
];

describe.each(METHODS)("$name", ({ proposal, ballots, expected }) => {
  it("counts the ballots when a facilitator closes early and keeps the result", async () => {
    const f = await arrange();
    const made = await openProposal(f.facilitator.caller, f.debateId, proposal);
    for (const [i, ballot] of ballots.entries()) {
      await f.voters[i]!.caller.proposal.vote({
        debateId: f.debateId,
        proposalId: made.id,
        ballot,
      });
    }
    const closed = await closeAndRead(f.facilitator.caller, f.debateId, made.id);
    expect(closed.tally).toEqual({
      method: proposal.method,
      ...(proposal.quorum ? {} : { quorumMet: true }),
      ballots: ballots.length,
      eligible: 7,
      ...expected,
      // Members only (the default): members decide, and there is no guest tally.
      decidedBy: "members",
      members: expect.objectContaining({ ballots: ballots.length, eligible: 7 }),
      guests: null,
    });
    expect(closed.ballotCount).toBe(ballots.length);
    const row = await testPrisma().proposal.findUniqueOrThrow({ where: { id: made.id } });
    expect(row.result).toEqual(closed.tally);
    expect(await countEvents(made.id, "proposal.closed")).toBe(1);
    const asObserver = await listEntry(f.observer.caller, f.debateId, made.id);
    expect(asObserver).toMatchObject({ status: "closed", tally: closed.tally });
  });
});

describe("changing a ballot", () => {
  it("replaces the ballot until the close, then refuses any change", async () => {
    const f = await arrange();
    const made = await openProposal(f.facilitator.caller, f.debateId, {
      method: "single_choice",
      options: ["Monday", "Friday"],
    });
    const vote = (optionId: string) =>
      f.member.caller.proposal.vote({
        debateId: f.debateId,
        proposalId: made.id,
        ballot: single(optionId),
      });
    await vote("o1");
    await vote("o2");
    expect(await testPrisma().ballot.count({ where: { proposalId: made.id } })).toBe(1);
    const open = await listEntry(f.member.caller, f.debateId, made.id);
    expect(open).toMatchObject({ status: "open", ballotCount: 1 });
    expect(open.myBallot?.choice).toEqual(single("o2"));

    const closed = await closeAndRead(f.facilitator.caller, f.debateId, made.id);
    expect(closed.tally).toMatchObject({ counts: { o1: 0, o2: 1 }, winners: ["o2"] });
    await expectTrpcError(vote("o1"), "CONFLICT", /closed/);
    await expectTrpcError(
      f.facilitator.caller.proposal.close({ debateId: f.debateId, proposalId: made.id }),
      "CONFLICT",
      "This proposal is already closed.",
    );
    const ballot = await testPrisma().ballot.findFirstOrThrow({ where: { proposalId: made.id } });
    expect(ballot.choice).toEqual(single("o2"));
    expect((await listEntry(f.member.caller, f.debateId, made.id)).tally).toEqual(closed.tally);
  });
});
