// The state of each claim that decides what a reader may do with it
// (domain/debate/claim-abilities.ts), read off a debate's graph. Shared by the
// whole read and the live deltas so the two agree.
import type { ClaimFacts } from "../../domain/debate/claim-abilities.ts";
import { lockedThreadChecker } from "../../domain/debate/thread-locks.ts";
import type { DebateGraph } from "./read-debate.ts";

type GraphClaim = DebateGraph["claims"][number];

export function claimFactsReader(graph: DebateGraph) {
  const isThreadLocked = lockedThreadChecker(graph.claims);
  const resolved = new Set(graph.resolutions.map((r) => r.claimId));
  const linked = new Set(graph.links.map((link) => link.fromId));
  const authorById = new Map(graph.claims.map((c) => [c.id, c.author.id]));
  return {
    facts: (claim: GraphClaim): ClaimFacts => ({
      kind: claim.kind,
      moderation: claim.moderation,
      resolved: resolved.has(claim.id),
      parked: claim.parkedAt !== null,
      threadLocked: isThreadLocked(claim.id),
      linked: linked.has(claim.id),
    }),
    /** The author of the claim this one answers, if any. */
    targetAuthorId: (claim: GraphClaim): string | null =>
      claim.targetId ? (authorById.get(claim.targetId) ?? null) : null,
  };
}
