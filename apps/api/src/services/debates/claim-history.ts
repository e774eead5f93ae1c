// A claim's revision history and the explanation of its label.
import type { Db } from "../../db.ts";
import {
  type ClaimKind,
  explainLabel,
  type Label,
  type LabelExplanation,
} from "../../domain/argument/index.ts";
import { DomainError } from "../../domain/domain-error.ts";
import {
  debatePersonViewer,
  personPresenter,
  presentImport,
} from "../../domain/people/present-person.ts";
import type { DebateAccess } from "./debate-access.ts";
import { computeDebateStatus, importBatchSelect, loadDebateGraph } from "./read-debate.ts";

export async function listClaimRevisions(db: Db, access: DebateAccess, claimId: string) {
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { moderation: true } });
  if (claim?.moderation === "hidden" && access.role !== "facilitator" && access.role !== "owner") {
    throw new DomainError("FORBIDDEN", "This claim is hidden by a facilitator.");
  }
  const revisions = await db.claimRevision.findMany({
    where: { claimId },
    orderBy: { revision: "desc" },
    select: {
      revision: true,
      body: true,
      createdAt: true,
      editor: { select: { id: true, displayName: true } },
      importBatch: { select: importBatchSelect },
    },
  });
  const viewer = debatePersonViewer(access);
  const person = personPresenter(viewer);
  return revisions.map(({ importBatch, ...r }) => ({
    ...r,
    editor: person(r.editor),
    imported: presentImport(viewer, importBatch),
  }));
}

export type ExplanationNode = Omit<LabelExplanation, "children"> & {
  number: number;
  kind: ClaimKind;
  excerpt: string;
  children: ExplanationNode[];
};

export async function explainClaim(
  db: Db,
  access: DebateAccess,
  claimId: string,
): Promise<ExplanationNode> {
  const graph = await loadDebateGraph(db, access.debate.id);
  const { status, resolutionByClaim } = computeDebateStatus(graph);
  const labels = new Map<string, Label>(status.claims.map((c) => [c.claimId, c.label]));
  const claims = graph.claims.map((c) => ({
    id: c.id,
    kind: c.kind,
    targetId: c.targetId,
    moderation: c.moderation,
    resolution: resolutionByClaim.get(c.id)?.kind ?? null,
  }));
  const explanation = explainLabel(claimId, claims, graph.links, labels);
  if (!explanation) {
    throw new DomainError(
      "BAD_REQUEST",
      "This claim is not visible, so it takes no part in the argument.",
    );
  }
  const byId = new Map(graph.claims.map((c) => [c.id, c]));
  const decorate = (node: LabelExplanation): ExplanationNode => {
    const claim = byId.get(node.claimId)!;
    const excerpt = claim.moderation === "hidden" ? "(hidden)" : claim.body.slice(0, 160);
    return {
      ...node,
      number: claim.number,
      kind: claim.kind,
      excerpt,
      children: node.children.map(decorate),
    };
  };
  return decorate(explanation);
}
