// The proposals of a debate, each with its state, the viewer's ballot and
// the tally: the kept result once closed, a live count while open (hidden
// from participants when the debate hides tallies, turnout included). Who
// put a proposal is shown as the people presenter decides: in an anonymous
// debate, naming a proposal's creator would unmask the author of its claim.
import type { Db } from "../../db.ts";
import { canSeeTallies } from "../../domain/debate/tally-visibility.ts";
import { debatePersonViewer, personPresenter } from "../../domain/people/present-person.ts";
import type { DebateAccess } from "../debates/debate-access.ts";
import { isProposalOpen, proposalSelect } from "./proposal-access.ts";
import { readBallot, readOptions, readTally, type StoredTally } from "./proposal-json.ts";
import { tallyProposal } from "./proposal-tally.ts";

type BallotRow = { choice: unknown; reason: string | null; objectionId: string | null };

/** The reader's own ballot, its choice read as the ballot of its method. */
function myBallotOf(row: BallotRow | undefined) {
  const choice = row ? readBallot(row.choice) : null;
  return row && choice ? { ...row, choice } : null;
}

export async function listProposals(db: Db, access: DebateAccess) {
  const [proposals, myBallots, debate] = await Promise.all([
    db.proposal.findMany({
      where: { debateId: access.debate.id },
      orderBy: { createdAt: "desc" },
      select: { ...proposalSelect, _count: { select: { ballots: true } } },
    }),
    db.ballot.findMany({
      where: { userId: access.userId, proposal: { debateId: access.debate.id } },
      select: { proposalId: true, choice: true, reason: true, objectionId: true },
    }),
    db.debate.findUniqueOrThrow({
      where: { id: access.debate.id },
      select: { hideTallies: true, phase: true },
    }),
  ]);
  const mine = new Map(myBallots.map((b) => [b.proposalId, b]));
  const showLive = canSeeTallies(access.role, debate);
  const person = personPresenter(debatePersonViewer(access));
  return Promise.all(
    proposals.map(async ({ _count, ...proposal }) => {
      // Past its deadline but not yet closed by the scheduler: "closing", counted live.
      const closed = proposal.closedAt !== null;
      const status = closed ? "closed" : isProposalOpen(proposal) ? "open" : "closing";
      const tally: StoredTally | null = closed
        ? readTally(proposal.result)
        : showLive
          ? await tallyProposal(db, proposal)
          : null;
      return {
        ...proposal,
        createdBy: person(proposal.createdBy),
        status: status as "open" | "closing" | "closed",
        // How many have voted is part of the tally: hidden with it until results are shown.
        ballotCount: closed || showLive ? _count.ballots : null,
        options: readOptions(proposal.options),
        myBallot: myBallotOf(mine.get(proposal.id)),
        tally,
      };
    }),
  );
}
