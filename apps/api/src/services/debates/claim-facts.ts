// The state of each claim that decides what a reader may do with it
// (domain/debate/claim-abilities.ts), read off a debate's graph. Shared by the
// whole read and the live deltas so the two agree.
import type { ClaimFacts } from "../../domain/debate/claim-abilities.ts";
import { lockedThreadChecker } from "../../domain/debate/thread-locks.ts";
import type { ClaimKind } from "../../domain/vocabulary.ts";

/** What the facts need of each claim: the full graph and the skeleton both have it. */
type FactsClaim = {
  id: string;
  kind: ClaimKind;
  moderation: ClaimFacts["moderation"];
  targetId: string | null;
  lockedAt: Date | null;
  parkedAt: Date | null;
  author: { id: string };
};

type FactsGraph = {
  claims: readonly FactsClaim[];
  resolutions: readonly { claimId: string }[];
  links: readonly { fromId: string }[];
};

type GraphClaim = Pick<FactsClaim, "id" | "kind" | "moderation" | "parkedAt" | "targetId">;

export function claimFactsReader(graph: FactsGraph) {
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
