// Structural rules for claims and links: what may target what. Pure.
import type { ClaimKind } from "../argument/types.ts";
import { DomainError } from "../domain-error.ts";

export type { ClaimKind };
/** What people post directly; a proposal's claim is made by putting a proposal to the vote. */
export type PostableClaimKind = Exclude<ClaimKind, "proposal">;
export type Moderation = "visible" | "hidden" | "merged" | "withdrawn";

export const CLAIM_BODY_MAX = 5000;

export type TargetFacts = { debateId: string; moderation: Moderation } | null;

/** Checks a new claim's kind against its primary target. */
export function assertValidTarget(
  kind: PostableClaimKind,
  debateId: string,
  target: TargetFacts,
  hasTargetId: boolean,
): void {
  if (kind === "position") {
    if (hasTargetId) {
      throw new DomainError(
        "BAD_REQUEST",
        "A position answers the debate's question; it has no target.",
      );
    }
    return;
  }
  if (!hasTargetId) {
    throw new DomainError(
      "BAD_REQUEST",
      kind === "support"
        ? "A support needs a target: the claim it supports."
        : "An objection needs a target: the claim it objects to.",
    );
  }
  if (!target) throw new DomainError("BAD_REQUEST", "The target claim does not exist.");
  if (target.debateId !== debateId) {
    throw new DomainError("BAD_REQUEST", "The target claim belongs to another debate.");
  }
  if (target.moderation !== "visible") {
    throw new DomainError(
      "BAD_REQUEST",
      `The target claim is ${target.moderation}; reply to a visible claim.`,
    );
  }
}

export type LinkFacts = {
  from: { id: string; debateId: string; kind: ClaimKind; targetId: string | null };
  to: { id: string; debateId: string; moderation: Moderation } | null;
  alreadyLinked: boolean;
};

/** Checks an extra link ("this also answers #12"). */
export function assertValidLink({ from, to, alreadyLinked }: LinkFacts): void {
  if (from.kind === "position" || from.kind === "proposal") {
    throw new DomainError(
      "BAD_REQUEST",
      `A ${from.kind} has no targets; link a support or an objection.`,
    );
  }
  if (!to) throw new DomainError("BAD_REQUEST", "The claim to link to does not exist.");
  if (to.id === from.id) throw new DomainError("BAD_REQUEST", "A claim cannot target itself.");
  if (to.debateId !== from.debateId) {
    throw new DomainError("BAD_REQUEST", "The claim to link to belongs to another debate.");
  }
  if (to.moderation !== "visible") {
    throw new DomainError(
      "BAD_REQUEST",
      `That claim is ${to.moderation}; link to a visible claim.`,
    );
  }
  if (alreadyLinked || from.targetId === to.id) {
    throw new DomainError("CONFLICT", "These two claims are already linked.");
  }
}
