// A debate's argument status from its rows: every whole-debate reader (the
// read, the deltas, decisions, exports) computes it the same way.
import {
  type ArgumentClaim,
  type ArgumentLink,
  computeArgumentStatus,
  type Resolution,
} from "../../domain/argument/index.ts";

/** The rows the status needs; `resolutions` are the ones in force (not reopened). */
type StatusRows<R extends { claimId: string; kind: Resolution }> = {
  claims: readonly (Pick<ArgumentClaim, "id" | "kind" | "targetId" | "moderation"> & {
    parkedAt?: Date | null;
    /** With `target.number` and numbered links: the numbered status path. */
    number?: number;
    target?: { number: number } | null;
  })[];
  links: readonly ArgumentLink[];
  resolutions: readonly R[];
};

export function computeDebateStatus<R extends { claimId: string; kind: Resolution }>(
  graph: StatusRows<R>,
) {
  const resolutionByClaim = new Map(graph.resolutions.map((r) => [r.claimId, r]));
  // One object shape for every claim (numbers or not): V8 keeps the hot loops monomorphic.
  const argumentClaims: ArgumentClaim[] = graph.claims.map((claim) => ({
    id: claim.id,
    number: claim.number,
    targetNumber: claim.target?.number ?? null,
    kind: claim.kind,
    targetId: claim.targetId,
    moderation: claim.moderation,
    resolution: resolutionByClaim.get(claim.id)?.kind ?? null,
    parked: claim.parkedAt != null,
  }));
  return { status: computeArgumentStatus(argumentClaims, graph.links), resolutionByClaim };
}
