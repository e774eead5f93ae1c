// Drift: a decision whose premise no longer stands is flagged for review.
// Computed from the current labels, so it is exact at every read.
import type { Db } from "../../db.ts";
import type { Label } from "../../domain/argument/index.ts";
import { computeDebateStatus, loadDebateGraph } from "../debates/read-debate.ts";

/** Current labels of the claims of the given debates (null for claims that take no part). */
export async function currentLabels(
  db: Db,
  debateIds: Iterable<string>,
): Promise<Map<string, Label | null>> {
  const labels = new Map<string, Label | null>();
  for (const debateId of new Set(debateIds)) {
    const graph = await loadDebateGraph(db, debateId);
    const { status } = computeDebateStatus(graph);
    for (const claim of graph.claims)
      labels.set(claim.id, status.statusOf(claim.id)?.label ?? null);
  }
  return labels;
}

export function isPremiseContested(
  premises: readonly { claimId: string }[],
  labels: ReadonlyMap<string, Label | null>,
) {
  return premises.some((p) => labels.get(p.claimId) !== "in");
}
