// The proposals of a debate, each with its state, the viewer's ballot and
// the tally: the kept result once closed, a live count while open (hidden
// from participants when the debate hides tallies, turnout included). Who
// put a proposal is shown as the people presenter decides: in an anonymous
// debate, naming a proposal's creator would unmask the author of its claim.
import type { Db } from "../../db.ts";
import { canSeeTallies } from "../../domain/debate/tally-visibility.ts";
import type { PersonViewer } from "../../domain/people/present-person.ts";
import { debatePersonViewer, personPresenter } from "../../domain/people/present-person.ts";
import type { TallyApart } from "../../domain/voting/index.ts";
import { type ProposalReader, proposalAbilities } from "../../domain/voting/proposal-abilities.ts";
import type { DebateAccess } from "../debates/debate-access.ts";
import { isProposalOpen, type LoadedProposal, proposalSelect } from "./proposal-access.ts";
import { readBallot, readOptions, readTally, type StoredTally } from "./proposal-json.ts";
import { tallyProposal } from "./proposal-tally.ts";

type BallotRow = { choice: unknown; reason: string | null; objectionId: string | null };

/** A person's own ballot, its choice read as the ballot of its method. */
export function myBallotOf<B extends BallotRow>(row: B | null | undefined) {
  if (!row) return null;
  const { choice: stored, ...rest } = row;
  const choice = readBallot(stored);
  return choice ? { ...rest, choice } : null;
}

export const proposalRowSelect = { ...proposalSelect, _count: { select: { ballots: true } } };

export type ProposalRow = LoadedProposal & { _count: { ballots: number } };

/** The live count of a proposal still open (its kept result once closed). */
export function liveTallyOf(db: Db, proposal: ProposalRow): Promise<TallyApart> | null {
  return proposal.closedAt === null ? tallyProposal(db, proposal) : null;
}

/**
 * One proposal as a kind of reader sees it, without the reader's own ballot
 * (shared by the list and the live deltas of proposal events).
 */
export function presentProposal(
  { _count, result, ...proposal }: ProposalRow,
  liveTally: TallyApart | null,
  viewer: PersonViewer,
  showLive: boolean,
  reader: ProposalReader,
) {
  // Past its deadline but not yet closed by the scheduler: "closing", counted live.
  const closed = proposal.closedAt !== null;
  const status = closed ? "closed" : isProposalOpen(proposal) ? "open" : "closing";
  const tally: StoredTally | null = closed
    ? readTally(result) // the stored JSON leaves only as this typed tally
    : showLive
      ? liveTally
      : null;
  return {
    ...proposal,
    createdBy: personPresenter(viewer)(proposal.createdBy),
    status: status as "open" | "closing" | "closed",
    // How many have voted is part of the tally: hidden with it until results are shown.
    ballotCount: closed || showLive ? _count.ballots : null,
    options: readOptions(proposal.options),
    tally,
    can: proposalAbilities(reader, proposal),
  };
}

export async function listProposals(db: Db, access: DebateAccess) {
  const [proposals, myBallots, debate] = await Promise.all([
    db.proposal.findMany({
      where: { debateId: access.debate.id },
      orderBy: { createdAt: "desc" },
      select: proposalRowSelect,
    }),
    db.ballot.findMany({
      where: { userId: access.userId, proposal: { debateId: access.debate.id } },
      select: myBallotSelect,
    }),
    db.debate.findUniqueOrThrow({
      where: { id: access.debate.id },
      select: { hideTallies: true, phase: true },
    }),
  ]);
  const mine = new Map(myBallots.map((b) => [b.proposalId, b]));
  const showLive = canSeeTallies(access.role, debate);
  const viewer = debatePersonViewer(access);
  const reader = { role: access.role, guest: access.guest, phase: debate.phase };
  return Promise.all(
    proposals.map(async (proposal) => ({
      ...presentProposal(
        proposal,
        showLive ? await liveTallyOf(db, proposal) : null,
        viewer,
        showLive,
        reader,
      ),
      myBallot: myBallotOf(mine.get(proposal.id)),
    })),
  );
}

export const myBallotSelect = {
  proposalId: true,
  choice: true,
  reason: true,
  objectionId: true,
} as const;
