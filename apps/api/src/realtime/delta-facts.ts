// The rows one live event changed, read once per event per API instance
// (however many streams are open). Only what the deltas need is kept, not
// the whole graph, however big the debate.
import type { Db } from "../db.ts";
import type { ArgumentStatus } from "../domain/argument/index.ts";
import type { ClaimFacts } from "../domain/debate/claim-abilities.ts";
import {
  type Agreement,
  type ClaimTally,
  tallyClaimVotes,
} from "../domain/debate/claim-vote-rules.ts";
import type { TallyApart } from "../domain/voting/index.ts";
import { loadChangedClaimRows } from "../services/debates/changed-claim-rows.ts";
import { claimFactsReader } from "../services/debates/claim-facts.ts";
import type { DebateGraph } from "../services/debates/debate-graph.ts";
import { loadDebateSkeleton } from "../services/debates/debate-skeleton.ts";
import { debateCounts, linkedTargets } from "../services/debates/present-claim.ts";
import { computeDebateStatus } from "../services/debates/read-debate.ts";
import { revisionCountOf } from "../services/debates/row-json.ts";
import {
  liveTallyOf,
  myBallotSelect,
  type ProposalRow,
  proposalRowSelect,
} from "../services/proposals/read-proposals.ts";
import {
  CLAIM_EVENTS,
  claimEventSubjects,
  claimsAbove,
  claimsBeneath,
  PROPOSAL_EVENTS,
  VOTE_EVENTS,
} from "./delta-kinds.ts";
import { type EventDebate, loadEventDebateHead } from "./event-debate-head.ts";
import type { EventRow } from "./event-row.ts";

export type ChangedClaim = {
  row: DebateGraph["claims"][number];
  status: ReturnType<ArgumentStatus["statusOf"]>;
  resolution: DebateGraph["resolutions"][number] | null;
  linkedTargetIds: string[];
  revisionCount: number;
  /** What decides what a reader may do with it (domain/debate/claim-abilities.ts). */
  facts: ClaimFacts;
};

/** A person's own vote on a claim, as the whole read shows it in `myVote`. */
export type OwnVote = { agreement: Agreement; impact: number | null };

export type EventFacts = {
  after: string | null;
  /** The last event before this one that readers who see no turnout received. */
  afterSeen: string | null;
  /** The debate as the event left it. */
  debate: EventDebate;
  /** Claims whose status, text or standing may have changed: the subjects first, then those above. */
  claims?: { changed: ChangedClaim[]; counts: ReturnType<typeof debateCounts> };
  vote?: {
    claimId: string;
    tally: ClaimTally | null;
    /** The voter's own vote now: sent to the voter's streams only. */
    actorVote: OwnVote | null;
  };
  proposal?: {
    row: ProposalRow;
    liveTally: TallyApart | null;
    /** The voter's own ballot now (ballot.cast): sent to the voter's streams only. */
    actorBallot: Awaited<ReturnType<typeof loadBallot>>;
  };
};

function loadBallot(db: Db, proposalId: string, userId: string | null) {
  if (!userId) return Promise.resolve(null);
  return db.ballot.findUnique({
    where: { proposalId_userId: { proposalId, userId } },
    select: myBallotSelect,
  });
}

/** Everything a delta of this event needs; null when the debate or subject is gone. */
export async function loadEventFacts(db: Db, row: EventRow): Promise<EventFacts | null> {
  const debateId = row.debateId;
  if (!debateId) return null;
  const head = await loadEventDebateHead(db, debateId, row.id);
  if (!head) return null;
  const facts: EventFacts = head;
  if (VOTE_EVENTS.has(row.type) && row.subjectId) {
    facts.vote = await loadVote(db, row.subjectId, row.actorId);
  }
  if (PROPOSAL_EVENTS.has(row.type) && row.subjectId) {
    const proposal = await db.proposal.findUnique({
      where: { id: row.subjectId },
      select: proposalRowSelect,
    });
    if (!proposal) return null;
    const [liveTally, actorBallot] = await Promise.all([
      liveTallyOf(db, proposal),
      row.type === "ballot.cast" ? loadBallot(db, proposal.id, row.actorId) : null,
    ]);
    facts.proposal = { row: proposal, liveTally, actorBallot };
    // Opening a proposal also puts its claim in the outline.
    if (row.type === "proposal.opened") {
      facts.claims = (await loadClaims(db, debateId, [proposal.claimId])) ?? undefined;
    }
  }
  if (CLAIM_EVENTS.has(row.type)) {
    const claims = await loadClaims(
      db,
      debateId,
      claimEventSubjects(row),
      THREAD_EVENTS.has(row.type),
    );
    if (!claims) return null;
    facts.claims = claims;
  }
  return facts;
}

async function loadVote(db: Db, claimId: string, actorId: string | null) {
  const votes = await db.claimVote.findMany({
    where: { claimId },
    select: { userId: true, agreement: true, impact: true },
  });
  const own = votes.find((v) => v.userId === actorId);
  return {
    claimId,
    // As the whole read has it: no tally for a claim nobody voted on.
    tally: votes.length > 0 ? tallyClaimVotes(votes) : null,
    actorVote: own ? { agreement: own.agreement, impact: own.impact } : null,
  };
}

/** A lock changes what may be done beneath it: who may reply to each claim of the thread. */
const THREAD_EVENTS: ReadonlySet<string> = new Set(["thread.locked", "thread.unlocked"]);

async function loadClaims(db: Db, debateId: string, subjectIds: string[], withThread = false) {
  // The whole debate's shape, for the statuses and counts; full rows only for what changed.
  const skeleton = await loadDebateSkeleton(db, debateId);
  const shapeById = new Map(skeleton.claims.map((c) => [c.id, c]));
  if (!subjectIds.every((id) => shapeById.has(id))) return null;
  const beneath = withThread ? subjectIds.flatMap((id) => claimsBeneath(skeleton, id)) : [];
  const changedIds = [...claimsAbove(skeleton, subjectIds), ...beneath];
  const { rows, resolutions, revisionCounts } = await loadChangedClaimRows(
    db,
    debateId,
    changedIds,
  );
  const resolutionByClaim = new Map(resolutions.map((r) => [r.claimId, r]));
  const { status } = computeDebateStatus(skeleton);
  const links = linkedTargets(skeleton.links);
  const rowById = new Map(rows.map((c) => [c.id, c]));
  const claimFacts = claimFactsReader(skeleton);
  const changed = changedIds.flatMap((id) => {
    const row = rowById.get(id);
    const shape = shapeById.get(id);
    return row && shape
      ? [
          {
            row,
            status: status.statusOf(id),
            resolution: resolutionByClaim.get(id) ?? null,
            linkedTargetIds: links.get(id) ?? [],
            revisionCount: revisionCountOf(revisionCounts, id),
            facts: claimFacts.facts(shape),
          },
        ]
      : [];
  });
  const counts = debateCounts(
    skeleton.claims.map((row) => {
      const facts = status.statusOf(row.id);
      return {
        moderation: row.moderation,
        kind: row.kind,
        unanswered: facts?.unanswered ?? false,
        parked: facts?.unanswered === true && row.parkedAt !== null,
      };
    }),
  );
  return { changed, counts };
}
