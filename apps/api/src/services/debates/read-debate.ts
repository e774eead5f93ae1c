// Reads a whole debate with flat queries (every row carries debateId) and
// computes each claim's status on the server; the browser never recomputes.
import type { Db } from "../../db.ts";
import {
  type ArgumentClaim,
  type ArgumentLink,
  computeArgumentStatus,
  type Resolution,
} from "../../domain/argument/index.ts";
import { isRebuttal } from "../../domain/debate/claim-rules.ts";
import { canSeeTallies } from "../../domain/debate/tally-visibility.ts";
import {
  debatePersonViewer,
  personPresenter,
  presentImport,
} from "../../domain/people/present-person.ts";
import { hasAtLeastRole } from "../../domain/roles.ts";
import { loadClaimVotes } from "../votes/claim-votes.ts";
import type { DebateAccess } from "./debate-access.ts";
import { debateSummarySelect } from "./debate-service.ts";

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
        createdAt: true,
        updatedAt: true,
        author: { select: { id: true, displayName: true } },
        importBatch: { select: importBatchSelect },
        _count: { select: { revisions: true } },
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
  claims: readonly Pick<ArgumentClaim, "id" | "kind" | "targetId" | "moderation">[];
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
  }));
  return { status: computeArgumentStatus(argumentClaims, graph.links), resolutionByClaim };
}

export async function readDebate(db: Db, access: DebateAccess) {
  const [debate, graph, votes] = await Promise.all([
    db.debate.findUniqueOrThrow({
      where: { id: access.debate.id },
      select: { ...debateSummarySelect, workspace: { select: { slug: true, name: true } } },
    }),
    loadDebateGraph(db, access.debate.id),
    loadClaimVotes(db, access.debate.id, access.userId),
  ]);
  const showTallies = canSeeTallies(access.role, debate);
  const { status, resolutionByClaim } = computeDebateStatus(graph);
  const viewer = debatePersonViewer(access);
  const person = personPresenter(viewer);
  const isFacilitator = hasAtLeastRole(access.role, "facilitator");
  const kindById = new Map(graph.claims.map((c) => [c.id, c.kind]));
  const linksByFrom = new Map<string, string[]>();
  for (const link of graph.links) {
    const targets = linksByFrom.get(link.fromId);
    if (targets) targets.push(link.toId);
    else linksByFrom.set(link.fromId, [link.toId]);
  }

  const claims = graph.claims.map((claim) => {
    const claimStatus = status.statusOf(claim.id);
    const resolution = resolutionByClaim.get(claim.id) ?? null;
    // Hidden text is for facilitators only; withdrawn and merged claims keep
    // their place in the outline so the replies beneath still make sense.
    const bodyVisible = claim.moderation !== "hidden" || isFacilitator;
    return {
      id: claim.id,
      number: claim.number,
      kind: claim.kind,
      isRebuttal: isRebuttal(
        claim.kind,
        claim.targetId ? (kindById.get(claim.targetId) ?? null) : null,
      ),
      targetId: claim.targetId,
      linkedTargetIds: linksByFrom.get(claim.id) ?? [],
      body: bodyVisible ? claim.body : null,
      moderation: claim.moderation,
      mergedIntoId: claim.mergedIntoId,
      lockedAt: claim.lockedAt,
      author: person(claim.author),
      imported: presentImport(viewer, claim.importBatch),
      isMine: claim.author.id === access.userId,
      createdAt: claim.createdAt,
      updatedAt: claim.updatedAt,
      revisionCount: claim._count.revisions,
      label: claimStatus?.label ?? null,
      status: claimStatus?.status ?? null,
      unanswered: claimStatus?.unanswered ?? false,
      unansweredCount: claimStatus?.unansweredCount ?? 0,
      tally: showTallies ? (votes.tallies.get(claim.id) ?? null) : null,
      myVote: votes.mine.get(claim.id) ?? null,
      resolution: resolution && {
        kind: resolution.kind,
        note: resolution.note,
        duplicateOfId: resolution.duplicateOfId,
        resolvedAt: resolution.resolvedAt,
        resolvedBy: person(resolution.resolvedBy),
        imported: presentImport(viewer, resolution.importBatch),
      },
    };
  });
  const numberById = new Map(graph.claims.map((c) => [c.id, c.number]));
  return {
    debate: { ...debate, viewerRole: access.role, talliesHidden: !showTallies },
    // Clients count the phase timer down from the server's clock, not their own.
    serverNow: new Date(),
    claims,
    // Newest first: the panel people watch during a workshop.
    unansweredObjectionIds: [...status.unansweredObjectionIds].sort(
      (a, b) => (numberById.get(b) ?? 0) - (numberById.get(a) ?? 0),
    ),
    counts: {
      claims: claims.filter((c) => c.moderation === "visible").length,
      unanswered: status.unansweredObjectionIds.length,
    },
  };
}
