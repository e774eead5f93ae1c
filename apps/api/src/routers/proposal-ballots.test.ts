// Ballots and proposals the rules refuse, each with the sentence a voter
// reads, and nothing stored; and live tallies of an open proposal, hidden
// from participants when the debate hides tallies.
import { describe, expect, it } from "vitest";
import { expectTrpcError } from "../test/assertions.ts";
import { countRows, createDebateTeam, openDebate } from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";
import {
  type BallotInput,
  inMinutes,
  listEntry,
  openProposal,
  type ProposalInput,
} from "../test/proposal-fixtures.ts";

type Method = ProposalInput["method"];
const SETUP: Record<Method, Omit<ProposalInput, "debateId" | "title" | "closesAt">> = {
  consent: { method: "consent" },
  single_choice: { method: "single_choice", options: ["Tea", "Coffee"] },
  ranked_choice: { method: "ranked_choice", options: ["Tea", "Coffee", "Water"] },
  score: { method: "score", options: ["Tea", "Coffee"], scoreMax: 5 },
  dot: { method: "dot", options: ["Tea", "Coffee"], dots: 5 },
};

type BadBallot = { what: string; on: Method; ballot: BallotInput; message: string };
const BAD_BALLOTS: BadBallot[] = [
  {
    what: "a block without a reason",
    on: "consent",
    ballot: { method: "consent", choice: "block" },
    message: "Give a reason for a block.",
  },
  {
    what: "a block with a blank reason",
    on: "consent",
    ballot: { method: "consent", choice: "block", reason: "   " },
    message: "Give a reason for a block.",
  },
  {
    what: "a disagreement without a reason",
    on: "consent",
    ballot: { method: "consent", choice: "disagree" },
    message: "Give a reason for disagreeing.",
  },
  {
    what: "an unknown option",
    on: "single_choice",
    ballot: { method: "single_choice", optionId: "o9" },
    message: "Choose one of the proposal's options.",
  },
  {
    what: "a ballot of another method",
    on: "dot",
    ballot: { method: "single_choice", optionId: "o1" },
    message: "This proposal is decided by dot voting, not single choice.",
  },
  {
    what: "an option ranked twice",
    on: "ranked_choice",
    ballot: { method: "ranked_choice", ranking: ["o1", "o2", "o1"] },
    message: "Rank each option at most once.",
  },
  {
    what: "an empty ranking",
    on: "ranked_choice",
    ballot: { method: "ranked_choice", ranking: [] },
    message: "Rank at least one option.",
  },
  {
    what: "an option left unscored",
    on: "score",
    ballot: { method: "score", scores: { o1: 3 } },
    message: "Score every option.",
  },
  {
    what: "a score above the maximum",
    on: "score",
    ballot: { method: "score", scores: { o1: 3, o2: 6 } },
    message: "Scores go from 0 to 5.",
  },
  {
    what: "too many dots",
    on: "dot",
    ballot: { method: "dot", dots: { o1: 4, o2: 2 } },
    message: "You have 5 dots; this ballot uses 6.",
  },
  {
    what: "a negative dot count",
    on: "dot",
    ballot: { method: "dot", dots: { o1: -1, o2: 3 } },
    message: "Dots are whole numbers, zero or more.",
  },
];

describe("a ballot the rules refuse", () => {
  it.each(BAD_BALLOTS)("$what ($on)", async ({ on, ballot, message }) => {
    const { workspace, facilitator, member } = await createDebateTeam();
    const debateId = await openDebate(facilitator.caller, workspace.id);
    const made = await openProposal(facilitator.caller, debateId, SETUP[on]);
    const before = await countRows(debateId);
    await expectTrpcError(
      member.caller.proposal.vote({ debateId, proposalId: made.id, ballot }),
      "BAD_REQUEST",
      message,
    );
    expect(await testPrisma().ballot.count({ where: { proposalId: made.id } })).toBe(0);
    expect(await countRows(debateId)).toEqual(before);
  });
});

describe("a proposal the rules refuse", () => {
  const REFUSED: { input: Partial<ProposalInput>; message: string }[] = [
    { input: { closesAt: inMinutes(-1) }, message: "The closing time must be in the future." },
    {
      input: { method: "single_choice", options: ["Only one"] },
      message: "Give at least two options to choose between.",
    },
    {
      input: { method: "dot", options: ["Tea", "tea"] },
      message: "Each option must be different.",
    },
  ];

  it.each(REFUSED)("$message", async ({ input, message }) => {
    const { workspace, facilitator } = await createDebateTeam();
    const debateId = await openDebate(facilitator.caller, workspace.id);
    await expectTrpcError(
      openProposal(facilitator.caller, debateId, { method: "consent", ...input }),
      "BAD_REQUEST",
      message,
    );
    expect(await testPrisma().proposal.count({ where: { debateId } })).toBe(0);
    expect(await countRows(debateId)).toMatchObject({ claims: 0 });
  });
});

describe("live tallies of an open proposal", () => {
  it("are shown to everyone, unless the debate hides tallies until it is decided", async () => {
    const { workspace, facilitator, member } = await createDebateTeam();
    const debate = await facilitator.caller.debate.create({
      workspaceId: workspace.id,
      question: "Which day for the retro?",
      hideTallies: true,
    });
    const made = await openProposal(facilitator.caller, debate.id, SETUP.single_choice);
    await member.caller.proposal.vote({
      debateId: debate.id,
      proposalId: made.id,
      ballot: { method: "single_choice", optionId: "o2" },
    });
    const live = { counts: { o1: 0, o2: 1 }, winners: ["o2"], ballots: 1 };

    const hidden = await listEntry(member.caller, debate.id, made.id);
    // Turnout is part of the tally: hidden with it.
    expect(hidden).toMatchObject({ status: "open", tally: null, ballotCount: null });
    expect(hidden.myBallot?.choice).toEqual({ method: "single_choice", optionId: "o2" });
    expect((await listEntry(facilitator.caller, debate.id, made.id)).tally).toMatchObject(live);

    await testPrisma().debate.update({ where: { id: debate.id }, data: { phase: "decided" } });
    expect((await listEntry(member.caller, debate.id, made.id)).tally).toMatchObject(live);
    await facilitator.caller.debate.update({ debateId: debate.id, hideTallies: false });
    await testPrisma().debate.update({ where: { id: debate.id }, data: { phase: "voting" } });
    expect((await listEntry(member.caller, debate.id, made.id)).tally).toMatchObject(live);
  });
});
