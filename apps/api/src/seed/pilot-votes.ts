// Votes in the demo's pilot debate, cast through the real services: votes
// on claims, a ranked-choice vote that needs a runoff, and a consent vote
// whose block is answered before it closes.
import type { Agreement } from "../domain/debate/claim-vote-rules.ts";
import { postClaim } from "../services/debates/claim-writes.ts";
import { castBallot } from "../services/proposals/ballots.ts";
import { closeProposalEarly, createProposal } from "../services/proposals/proposal-writes.ts";
import { castClaimVote } from "../services/votes/claim-votes.ts";
import type { DemoClock } from "./demo-clock.ts";
import { ADA, BEN, CHLOE, CONSENT_PROPOSAL, DEV, ELI, RANKED_PROPOSAL } from "./pilot-content.ts";

export type ClaimVoteRow = readonly [
  email: string,
  claimId: string,
  agreement: Agreement,
  impact: number | null,
];

/** Casts each vote a few minutes after the one before, from `from` on. */
export async function voteOnClaims(
  clock: DemoClock,
  debateId: string,
  from: Date,
  votes: readonly ClaimVoteRow[],
) {
  for (const [index, [email, claimId, agreement, impact]] of votes.entries()) {
    await clock.at(new Date(from.getTime() + index * 7 * 60_000), async () =>
      castClaimVote(clock.prisma, await clock.as(email, debateId), claimId, { agreement, impact }),
    );
  }
}

const later = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

async function openProposal(
  clock: DemoClock,
  debateId: string,
  when: Date,
  input: {
    title: string;
    description: string;
    method: "consent" | "ranked_choice";
    options: string[];
  },
) {
  return clock.at(when, async () =>
    createProposal(clock.prisma, await clock.as(BEN, debateId), {
      ...input,
      // Open for a day as far as the services know; closed early below, then dated.
      closesAt: new Date(Date.now() + 24 * 3_600_000),
      guestsMayVote: false,
      quorum: null,
      scoreMax: 5,
      dots: 5,
    }),
  );
}

async function close(clock: DemoClock, debateId: string, proposalId: string, when: Date) {
  await clock.at(when, async () =>
    closeProposalEarly(clock.prisma, await clock.as(BEN, debateId), proposalId),
  );
}

/** Support 2, Sales 2, Engineering 1: no majority until Engineering is eliminated. */
export async function runRankedVote(
  clock: DemoClock,
  debateId: string,
  opened: Date,
  closed: Date,
) {
  const proposal = await openProposal(clock, debateId, opened, {
    ...RANKED_PROPOSAL,
    method: "ranked_choice",
  });
  const rankings: [string, string[]][] = [
    [CHLOE, ["o1", "o2"]],
    [BEN, ["o1", "o3", "o2"]],
    [DEV, ["o2", "o1"]],
    [ADA, ["o2", "o3"]],
    [ELI, ["o3", "o1"]],
  ];
  for (const [index, [email, ranking]] of rankings.entries()) {
    await clock.at(later(opened, 20 + index * 25), async () =>
      castBallot(clock.prisma, await clock.as(email, debateId), proposal.id, {
        method: "ranked_choice",
        ranking,
      }),
    );
  }
  await close(clock, debateId, proposal.id, closed);
  return proposal.id;
}

/** A block with a reason becomes an objection; a rebuttal answers it, so it no longer stands. */
export async function runConsentVote(
  clock: DemoClock,
  debateId: string,
  opened: Date,
  closed: Date,
) {
  const { title, description } = CONSENT_PROPOSAL;
  const proposal = await openProposal(clock, debateId, opened, {
    title,
    description,
    method: "consent",
    options: [],
  });
  const ballots: [string, "agree" | "abstain" | "block", string | null][] = [
    [CHLOE, "agree", null],
    [ADA, "block", CONSENT_PROPOSAL.block],
    [DEV, "agree", null],
    [ELI, "abstain", null],
    [BEN, "agree", null],
  ];
  let blockObjectionId: string | null = null;
  for (const [index, [email, choice, reason]] of ballots.entries()) {
    const cast = await clock.at(later(opened, 30 + index * 40), async () =>
      castBallot(clock.prisma, await clock.as(email, debateId), proposal.id, {
        method: "consent",
        choice,
        reason,
      }),
    );
    blockObjectionId ??= cast.objectionId;
  }
  if (!blockObjectionId) throw new Error("seed: the block made no objection");
  const objectionId = blockObjectionId;
  await clock.at(later(opened, 300), async () =>
    postClaim(clock.prisma, await clock.as(CHLOE, debateId), {
      kind: "objection",
      targetId: objectionId,
      body: CONSENT_PROPOSAL.blockAnswer,
    }),
  );
  await close(clock, debateId, proposal.id, closed);
  return proposal.id;
}
