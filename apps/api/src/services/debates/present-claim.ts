// One claim of a debate as a reader may see it, in JSON form: shared by the
// whole read (read-debate.ts) and the live deltas (realtime/debate-delta.ts),
// so the two can never disagree about what a reader sees.
import type { ArgumentStatus } from "../../domain/argument/index.ts";
import { isoDate } from "../../domain/iso-date.ts";
import {
  type ImportBatchRow,
  type PersonViewer,
  personPresenter,
  presentImport,
} from "../../domain/people/present-person.ts";
import { hasAtLeastRole } from "../../domain/roles.ts";
import type { DebateGraph } from "./debate-graph.ts";

type GraphClaim = DebateGraph["claims"][number];
type GraphResolution = DebateGraph["resolutions"][number];
type ClaimStatusFacts = ReturnType<ArgumentStatus["statusOf"]>;

/**
 * Presents claims to one kind of reader (their role and the debate's
 * anonymity decide everything here). Each person it shows is named once in
 * `people`; claims carry only the id.
 */
export function claimPresenter(viewer: PersonViewer) {
  const present = personPresenter(viewer);
  const people: Record<string, string> = {};
  const isFacilitator = hasAtLeastRole(viewer.role, "facilitator");
  const personId = (row: { id: string; displayName: string }): string | null => {
    const shown = present(row);
    if (shown) people[shown.id] = shown.displayName;
    return shown?.id ?? null;
  };
  const imported = (batch: ImportBatchRow | null) => {
    const shown = presentImport(viewer, batch);
    return shown && { ...shown, importedAt: isoDate(shown.importedAt) };
  };

  /** The claim without the reader's own facts (isMine, myVote, tally). */
  function claim(
    row: GraphClaim,
    status: ClaimStatusFacts,
    resolution: GraphResolution | null,
    linkedTargetIds: string[],
    revisionCount: number,
  ) {
    // Hidden text is for facilitators only; withdrawn and merged claims keep
    // their place in the outline so the replies beneath still make sense.
    const bodyVisible = row.moderation !== "hidden" || isFacilitator;
    return {
      id: row.id,
      number: row.number,
      kind: row.kind,
      // Side and role come from the tree (DESIGN.md, "Sides"); null for claims that take no part.
      side: status?.side ?? null,
      role: status?.role ?? null,
      isRebuttal: status?.role === "rebuttal",
      rootId: status?.rootId ?? null,
      targetId: row.targetId,
      linkedTargetIds,
      body: bodyVisible ? row.body : null,
      moderation: row.moderation,
      mergedIntoId: row.mergedIntoId,
      lockedAt: isoDate(row.lockedAt),
      authorId: personId(row.author),
      imported: imported(row.importBatch),
      createdAt: isoDate(row.createdAt),
      revisionCount,
      label: status?.label ?? null,
      status: status?.status ?? null,
      unanswered: status?.unanswered ?? false,
      reopened: status?.reopened ?? false,
      answerNextIds: status?.answerNextIds ?? [],
      unansweredCount: status?.unansweredCount ?? 0,
      park:
        status?.unanswered && row.parkedAt
          ? { parkedAt: isoDate(row.parkedAt), reason: row.parkReason ?? "" }
          : null,
      resolution: resolution && {
        kind: resolution.kind,
        note: resolution.note,
        duplicateOfId: resolution.duplicateOfId,
        resolvedAt: isoDate(resolution.resolvedAt),
        resolvedById: personId(resolution.resolvedBy),
        imported: imported(resolution.importBatch),
      },
    };
  }

  return { claim, people };
}

export type SharedClaim = ReturnType<ReturnType<typeof claimPresenter>["claim"]>;

/** Each claim's extra targets (links), by the claim's id. */
export function linkedTargets(
  links: readonly { fromId: string; toId: string }[],
): Map<string, string[]> {
  const byFrom = new Map<string, string[]>();
  for (const link of links) {
    const targets = byFrom.get(link.fromId);
    if (targets) targets.push(link.toId);
    else byFrom.set(link.fromId, [link.toId]);
  }
  return byFrom;
}

/** What the outline counts: visible claims (not proposals), unanswered objections, parked ones. */
export function debateCounts(
  claims: readonly (Pick<SharedClaim, "moderation" | "kind" | "unanswered"> & {
    parked: boolean;
  })[],
) {
  return {
    // Proposals are put to a vote, not argued as claims: they do not count here.
    claims: claims.filter((c) => c.moderation === "visible" && c.kind !== "proposal").length,
    unanswered: claims.filter((c) => c.unanswered).length,
    parked: claims.filter((c) => c.parked).length,
  };
}
