// Reads a whole debate with flat queries (every row carries debateId) and
// computes each claim's status on the server; the browser never recomputes.
import type { Db } from "../../db.ts";
import {
  type ArgumentClaim,
  type ArgumentLink,
  computeArgumentStatus,
  type Resolution,
} from "../../domain/argument/index.ts";
import { canSeeTallies } from "../../domain/debate/tally-visibility.ts";
import { isoDate } from "../../domain/iso-date.ts";
import { debatePersonViewer } from "../../domain/people/present-person.ts";
import { loadClaimVotes } from "../votes/claim-votes.ts";
import type { DebateAccess } from "./debate-access.ts";
import { debateSummarySelect } from "./debate-service.ts";
import { claimPresenter, debateCounts, linkedTargets } from "./present-claim.ts";
import { presentDebate } from "./present-debate.ts";

/** Where an imported row came from: shown instead of passing it off as a person's own post. */
export const importBatchSelect = {
  fileName: true,
  importedAt: true,
  importedBy: { select: { id: true, displayName: true } },
} as const;

/** The rows a debate's argument status is computed from. */
export async function loadDebateGraph(db: Db, debateId: string) {
  const [claims, links, resolutions] = await Promise.all([
    db.claim.findMany({
      where: { debateId },
      orderBy: { number: "asc" },
      select: {
        id: true,
        number: true,
        kind: true,
        targetId: true,
        body: true,
        moderation: true,
        mergedIntoId: true,
        lockedAt: true,
        parkedAt: true,
        parkReason: true,
        createdAt: true,
        updatedAt: true,
        author: { select: { id: true, displayName: true } },
        importBatch: { select: importBatchSelect },
      },
    }),
    db.claimLink.findMany({ where: { debateId }, select: { fromId: true, toId: true } }),
    db.resolution.findMany({
      where: { debateId, reopenedAt: null },
      select: {
        claimId: true,
        kind: true,
        note: true,
        duplicateOfId: true,
        resolvedAt: true,
        resolvedBy: { select: { id: true, displayName: true } },
        importBatch: { select: importBatchSelect },
      },
    }),
  ]);
  return { claims, links, resolutions };
}

export type DebateGraph = Awaited<ReturnType<typeof loadDebateGraph>>;

/** The rows the status needs; `resolutions` are the ones in force (not reopened). */
type StatusRows<R extends { claimId: string; kind: Resolution }> = {
  claims: readonly (Pick<ArgumentClaim, "id" | "kind" | "targetId" | "moderation"> & {
    parkedAt?: Date | null;
  })[];
  links: readonly ArgumentLink[];
  resolutions: readonly R[];
};

export function computeDebateStatus<R extends { claimId: string; kind: Resolution }>(
  graph: StatusRows<R>,
) {
  const resolutionByClaim = new Map(graph.resolutions.map((r) => [r.claimId, r]));
  const argumentClaims: ArgumentClaim[] = graph.claims.map((claim) => ({
    id: claim.id,
    kind: claim.kind,
    targetId: claim.targetId,
    moderation: claim.moderation,
    resolution: resolutionByClaim.get(claim.id)?.kind ?? null,
    parked: claim.parkedAt != null,
  }));
  return { status: computeArgumentStatus(argumentClaims, graph.links), resolutionByClaim };
}

/**
 * How many revisions each claim of a debate has. A query of its own, filtered
 * by the debate: Prisma's relation `_count` compiles to a GROUP BY over the
 * whole revision table of the install, whatever the debate's size.
 */
async function countRevisions(db: Db, debateId: string): Promise<Map<string, number>> {
  const rows = await db.claimRevision.groupBy({
    by: ["claimId"],
    where: { debateId },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.claimId, row._count._all]));
}

/** The id of the debate's latest event (as a string), or null before the first. */
export async function latestDebateEventId(
  db: Db,
  debateId: string,
  before?: bigint,
): Promise<string | null> {
  const row = await db.event.findFirst({
    where: { debateId, ...(before === undefined ? {} : { id: { lt: before } }) },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  return row ? row.id.toString() : null;
}

/**
 * A debate as this reader may see it, built in JSON form for the lean
 * transport (its router marks it for trpc/lean-json.ts): dates are ISO strings, and each person is
 * named once in `people` while claims and resolutions carry only their id.
 * The input is an object so that later options (a point in time) can join it.
 */
export async function readDebate(db: Db, access: DebateAccess) {
  // Read before the rest: every change after this event reaches the reader
  // as a live delta, whether or not the rows below already hold it.
  const lastEventId = await latestDebateEventId(db, access.debate.id);
  const [debate, graph, votes, revisionCounts, membership] = await Promise.all([
    db.debate.findUniqueOrThrow({
      where: { id: access.debate.id },
      select: { ...debateSummarySelect, workspace: { select: { slug: true, name: true } } },
    }),
    loadDebateGraph(db, access.debate.id),
    loadClaimVotes(db, access.debate.id, access.userId),
    countRevisions(db, access.debate.id),
    db.membership.findUnique({
      where: {
        workspaceId_userId: { workspaceId: access.debate.workspaceId, userId: access.userId },
      },
      select: { role: true },
    }),
  ]);
  const showTallies = canSeeTallies(access.role, debate);
  const { status, resolutionByClaim } = computeDebateStatus(graph);
  const presenter = claimPresenter(debatePersonViewer(access));
  const linksByFrom = linkedTargets(graph.links);
  const claims = graph.claims.map((claim) => ({
    ...presenter.claim(
      claim,
      status.statusOf(claim.id),
      resolutionByClaim.get(claim.id) ?? null,
      linksByFrom.get(claim.id) ?? [],
      revisionCounts.get(claim.id) ?? 1,
    ),
    // The reader's own facts: never part of a live delta, which many readers share.
    isMine: claim.author.id === access.userId,
    tally: showTallies ? (votes.tallies.get(claim.id) ?? null) : null,
    myVote: votes.mine.get(claim.id) ?? null,
  }));
  const numberById = new Map(graph.claims.map((c) => [c.id, c.number]));
  return {
    debate: presentDebate(debate, { role: access.role, isWorkspaceMember: membership !== null }),
    /** The debate's last event this read includes; live deltas continue from it. */
    lastEventId,
    // Clients count the phase timer down from the server's clock, not their own.
    serverNow: isoDate(new Date()),
    /** Display names by person id, for every person this reader may see named. */
    people: presenter.people,
    claims,
    // Newest first: the panel people watch during a workshop.
    unansweredObjectionIds: [...status.unansweredObjectionIds].sort(
      (a, b) => (numberById.get(b) ?? 0) - (numberById.get(a) ?? 0),
    ),
    counts: debateCounts(claims.map((c) => ({ ...c, parked: c.park !== null }))),
  };
}
