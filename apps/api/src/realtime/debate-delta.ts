// What one event changed in a debate, as each kind of reader may see it, so
// that open pages apply the change instead of re-reading the whole debate.
// The rows are read once per event per API instance (delta-facts.ts, however
// many streams are open), and presented once per kind of reader (role,
// guest or member, and the debate's anonymity decide what is shown); the
// stream adds only the reader's own facts (`isMine`, and the person who
// acted gets their own vote or ballot).
import type { PrismaClient } from "../db.ts";
import { relativeClaimActionBitsReader } from "../domain/debate/claim-abilities.ts";
import type { RelativeClaimActions } from "../domain/debate/claim-actions.ts";
import type { ClaimTally } from "../domain/debate/claim-vote-rules.ts";
import { canSeeTallies } from "../domain/debate/tally-visibility.ts";
import { viewerAbilities } from "../domain/debate/viewer-abilities.ts";
import { isoDate } from "../domain/iso-date.ts";
import { debatePersonViewer } from "../domain/people/present-person.ts";
import type { Role } from "../domain/roles.ts";
import {
  claimPresenter,
  type debateCounts,
  type SharedClaim,
} from "../services/debates/present-claim.ts";
import { presentDebate } from "../services/debates/present-debate.ts";
import { myBallotOf, presentProposal } from "../services/proposals/read-proposals.ts";
import { type EventFacts, loadEventFacts, type OwnVote } from "./delta-facts.ts";
import { DELTA_EVENTS } from "./delta-kinds.ts";
import type { EventRow } from "./event-row.ts";

export { DELTA_EVENTS } from "./delta-kinds.ts";

export type DebateDelta = {
  /**
   * The last event before this one that this reader received: a page at it,
   * or past it but before this one, holds everything the delta builds on.
   */
  after: string | null;
  /**
   * New or changed claims, and every claim whose status they may have
   * changed, each with what a reader of this role may do with it and what
   * being its author or its target's author adds (the page knows which).
   */
  claims: (SharedClaim & { canRelative: RelativeClaimActions })[];
  /** Names of the people these claims (and the proposal) show. */
  people: Record<string, string>;
  /** The outline's counts, whenever claims changed. */
  counts?: ReturnType<typeof debateCounts>;
  /** A vote's claim and its new tally. */
  tally?: { claimId: string; tally: ClaimTally | null };
  /** The debate as the event left it (phase, settings, updatedAt), as `debate.get` shows it. */
  debate: ReturnType<typeof presentDebate<EventFacts["debate"]>>;
  /**
   * The proposal after it opened, got a ballot or closed, as `proposal.list`
   * shows it (without `myBallot`), its dates as ISO strings: deltas go out in
   * JSON form, without superjson's walk per stream.
   */
  proposal?: ReturnType<typeof proposalInJson>;
};

/** What only the person who acted receives: their own vote or ballot. */
export type ActorPart = {
  myVote?: OwnVote | null;
  myBallot?: ReturnType<
    typeof myBallotOf<NonNullable<NonNullable<EventFacts["proposal"]>["actorBallot"]>>
  >;
};

/** What decides how a delta is presented: the reader's role, and whether they are a guest. */
export type ReaderKind = { role: Role; guest: boolean };

type Remembered = { facts: EventFacts | null; presented: Map<string, DebateDelta> };

/** Every stream of this instance asks within moments of the event; a busy minute's few suffice. */
const REMEMBERED_EVENTS = 64;

export class DebateDeltas {
  private readonly events = new Map<bigint, Promise<Remembered>>();

  constructor(private readonly prisma: PrismaClient) {}

  /** The delta of a live event for this kind of reader; null when the event has none. */
  async forReader(
    row: EventRow,
    reader: ReaderKind,
  ): Promise<{ delta: DebateDelta; actor: ActorPart } | null> {
    if (!DELTA_EVENTS.has(row.type)) return null;
    const remembered = await this.remembered(row);
    const facts = remembered.facts;
    if (!facts) return null;
    const key = `${reader.role}:${reader.guest}`;
    let delta = remembered.presented.get(key);
    if (!delta) {
      delta = present(facts, reader);
      remembered.presented.set(key, delta);
    }
    const actor: ActorPart = {};
    if (facts.vote) actor.myVote = facts.vote.actorVote;
    if (row.type === "ballot.cast" && facts.proposal)
      actor.myBallot = myBallotOf(facts.proposal.actorBallot);
    return { delta, actor };
  }

  /**
   * Starts reading what an event changed as soon as it arrives, before any
   * stream asks: events arrive faster than one read takes in a busy room,
   * and streams take them in order, so reads must overlap.
   */
  prefetch(row: EventRow): void {
    if (row.debateId && DELTA_EVENTS.has(row.type)) void this.remembered(row);
  }

  /** The debate as a debate.* event left it (read once for every stream), or null. */
  async debateAfter(row: EventRow): Promise<EventFacts["debate"] | null> {
    return (await this.remembered(row)).facts?.debate ?? null;
  }

  private remembered(row: EventRow): Promise<Remembered> {
    let remembered = this.events.get(row.id);
    if (!remembered) {
      remembered = loadEventFacts(this.prisma, row)
        // A database that went away mid-read costs the delta, not the stream:
        // the event goes out without it, and the page re-reads once.
        .catch(() => null)
        .then((facts) => ({ facts, presented: new Map() }));
      this.events.set(row.id, remembered);
      // Forget the oldest: every stream asks within moments of the event.
      if (this.events.size > REMEMBERED_EVENTS) {
        const oldest = this.events.keys().next().value;
        if (oldest !== undefined) this.events.delete(oldest);
      }
    }
    return remembered;
  }
}

function proposalInJson(proposal: ReturnType<typeof presentProposal>) {
  return {
    ...proposal,
    createdAt: isoDate(proposal.createdAt),
    closesAt: isoDate(proposal.closesAt),
    closedAt: isoDate(proposal.closedAt),
  };
}

function present(facts: EventFacts, reader: ReaderKind): DebateDelta {
  // userId plays no part in how people are shown; isMine is the stream's to add.
  const viewer = debatePersonViewer({ userId: "", role: reader.role, debate: facts.debate });
  const presenter = claimPresenter(viewer);
  const showTallies = canSeeTallies(reader.role, facts.debate);
  // Membership only decides which workspace pages a reader sees, not what they do with claims.
  const can = viewerAbilities({ ...facts.debate, role: reader.role, isWorkspaceMember: true });
  const canRelative = relativeClaimActionBitsReader({
    role: reader.role,
    phase: facts.debate.phase,
    can,
  });
  const delta: DebateDelta = {
    after: showTallies ? facts.after : facts.afterSeen,
    debate: presentDebate(facts.debate, { role: reader.role, isWorkspaceMember: !reader.guest }),
    claims: (facts.claims?.changed ?? []).map((c) => ({
      ...presenter.claim(c.row, c.status, c.resolution, c.linkedTargetIds, c.revisionCount),
      canRelative: canRelative(c.facts),
    })),
    people: presenter.people,
  };
  if (facts.claims) delta.counts = facts.claims.counts;
  if (facts.vote) {
    delta.tally = { claimId: facts.vote.claimId, tally: showTallies ? facts.vote.tally : null };
  }
  if (facts.proposal) {
    const { row: proposal, liveTally } = facts.proposal;
    delta.proposal = proposalInJson(
      presentProposal(proposal, liveTally, viewer, showTallies, {
        role: reader.role,
        guest: reader.guest,
        phase: facts.debate.phase,
      }),
    );
  }
  return delta;
}
