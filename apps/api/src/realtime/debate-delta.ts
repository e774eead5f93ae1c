// What one event changed in a debate, as each kind of reader may see it, so
// that open pages apply the change instead of re-reading the whole debate.
// The rows are read once per event per API instance (however many streams
// are open), and presented once per kind of reader (role and anonymity
// decide what is shown); the stream adds only the reader's own `isMine`.
import type { PrismaClient } from "../db.ts";
import type { ArgumentStatus } from "../domain/argument/index.ts";
import { type ClaimFacts, relativeClaimActionBits } from "../domain/debate/claim-abilities.ts";
import type { RelativeClaimActions } from "../domain/debate/claim-actions.ts";
import { type ViewerFacts, viewerAbilities } from "../domain/debate/viewer-abilities.ts";
import { debatePersonViewer } from "../domain/people/present-person.ts";
import type { Role } from "../domain/roles.ts";
import { claimFactsReader } from "../services/debates/claim-facts.ts";
import {
  claimPresenter,
  debateCounts,
  linkedTargets,
  type SharedClaim,
} from "../services/debates/present-claim.ts";
import {
  computeDebateStatus,
  type DebateGraph,
  latestDebateEventId,
  loadDebateGraph,
} from "../services/debates/read-debate.ts";
import type { EventRow } from "./event-row.ts";

/** Events whose change a delta carries; any other event makes pages re-read. */
export const DELTA_EVENTS: ReadonlySet<string> = new Set(["claim.posted", "claim.edited"]);

export type DebateDelta = {
  /** The debate's event before this one: apply the delta only to a page that is at it. */
  after: string | null;
  /**
   * The posted or edited claim and every claim whose status it may have
   * changed, each with what a reader of this role may do with it and what
   * being its author or its target's author adds (the page knows which).
   */
  claims: (SharedClaim & { canRelative: RelativeClaimActions })[];
  /** Names of the people these claims show. */
  people: Record<string, string>;
  counts: ReturnType<typeof debateCounts>;
};

type ChangedClaim = {
  row: DebateGraph["claims"][number];
  status: ReturnType<ArgumentStatus["statusOf"]>;
  resolution: DebateGraph["resolutions"][number] | null;
  linkedTargetIds: string[];
  revisionCount: number;
  facts: ClaimFacts;
};

/** Only what the deltas need: the whole graph is not kept, however big the debate. */
type Facts = {
  after: string | null;
  anonymous: boolean;
  /** What decides each role's debate-wide abilities. */
  debate: Omit<ViewerFacts, "role" | "isWorkspaceMember">;
  /** The subject first, then every claim above it. */
  changed: ChangedClaim[];
  /** The same for every reader: moderation, kind and status do not depend on who reads. */
  counts: DebateDelta["counts"];
  /** Presented deltas, by kind of reader. */
  presented: Map<string, DebateDelta>;
};

/** Every stream of this instance asks within moments of the event; a few suffice. */
const REMEMBERED_EVENTS = 16;

export class DebateDeltas {
  private readonly facts = new Map<bigint, Promise<Facts | null>>();

  constructor(private readonly prisma: PrismaClient) {}

  /** The delta of a live event for a reader with this role; null when the event has none. */
  async forReader(row: EventRow, role: Role): Promise<DebateDelta | null> {
    if (!row.debateId || !row.subjectId || !DELTA_EVENTS.has(row.type)) return null;
    let facts = this.facts.get(row.id);
    if (!facts) {
      facts = this.load(row.debateId, row.subjectId, row.id);
      this.facts.set(row.id, facts);
      // Forget the oldest: every stream asks within moments of the event.
      if (this.facts.size > REMEMBERED_EVENTS) {
        const oldest = this.facts.keys().next().value;
        if (oldest !== undefined) this.facts.delete(oldest);
      }
    }
    const loaded = await facts;
    if (!loaded) return null;
    const key = `${role}:${loaded.anonymous}`;
    let delta = loaded.presented.get(key);
    if (!delta) {
      delta = present(loaded, role);
      loaded.presented.set(key, delta);
    }
    return delta;
  }

  private async load(debateId: string, subjectId: string, eventId: bigint): Promise<Facts | null> {
    const [after, debate, graph] = await Promise.all([
      latestDebateEventId(this.prisma, debateId, eventId),
      this.prisma.debate.findUnique({
        where: { id: debateId },
        select: {
          anonymous: true,
          phase: true,
          membersMayPropose: true,
          claimVotesOnlyInVoting: true,
          guestsSeeGroups: true,
        },
      }),
      loadDebateGraph(this.prisma, debateId),
    ]);
    if (!debate || !graph.claims.some((c) => c.id === subjectId)) return null;
    const changedIds = claimsAbove(graph, subjectId);
    const revisions = await this.prisma.claimRevision.groupBy({
      by: ["claimId"],
      where: { debateId, claimId: { in: changedIds } },
      _count: { _all: true },
    });
    const revisionCounts = new Map(revisions.map((r) => [r.claimId, r._count._all]));
    const { status, resolutionByClaim } = computeDebateStatus(graph);
    const links = linkedTargets(graph.links);
    const rowById = new Map(graph.claims.map((c) => [c.id, c]));
    const claimFacts = claimFactsReader(graph);
    const changed = changedIds.flatMap((id) => {
      const row = rowById.get(id);
      return row
        ? [
            {
              row,
              status: status.statusOf(id),
              resolution: resolutionByClaim.get(id) ?? null,
              linkedTargetIds: links.get(id) ?? [],
              revisionCount: revisionCounts.get(id) ?? 1,
              facts: claimFacts.facts(row),
            },
          ]
        : [];
    });
    const counts = debateCounts(
      graph.claims.map((row) => {
        const facts = status.statusOf(row.id);
        return {
          moderation: row.moderation,
          kind: row.kind,
          unanswered: facts?.unanswered ?? false,
          parked: facts?.unanswered === true && row.parkedAt !== null,
        };
      }),
    );
    const { anonymous, ...debateFacts } = debate;
    return { after, anonymous, debate: debateFacts, changed, counts, presented: new Map() };
  }
}

/**
 * The claim and every claim it answers, directly or further up (its target,
 * its links, and theirs): a claim's status depends only on the claims that
 * answer it, so nothing else can change when this one appears or changes.
 */
export function claimsAbove(graph: Pick<DebateGraph, "claims" | "links">, claimId: string) {
  const targetOf = new Map(graph.claims.map((c) => [c.id, c.targetId]));
  const links = linkedTargets(graph.links);
  const seen = new Set<string>([claimId]);
  const queue = [claimId];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    const above = [targetOf.get(id) ?? null, ...(links.get(id) ?? [])];
    for (const next of above) {
      if (next !== null && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...seen];
}

function present(facts: Facts, role: Role): DebateDelta {
  // userId plays no part in how people are shown; isMine is the stream's to add.
  const viewer = debatePersonViewer({ userId: "", role, debate: { anonymous: facts.anonymous } });
  const presenter = claimPresenter(viewer);
  // Membership only decides which workspace pages a reader sees, not what they do with claims.
  const can = viewerAbilities({ ...facts.debate, role, isWorkspaceMember: true });
  const claimViewer = { role, phase: facts.debate.phase, can };
  const claims = facts.changed.map((c) => ({
    ...presenter.claim(c.row, c.status, c.resolution, c.linkedTargetIds, c.revisionCount),
    canRelative: relativeClaimActionBits(claimViewer, c.facts),
  }));
  return { after: facts.after, claims, people: presenter.people, counts: facts.counts };
}
