// Who may do what in a debate, by workspace role and authorship. Pure.
import { DomainError } from "../domain-error.ts";
import { hasAtLeastRole, type Role, requireRole } from "../roles.ts";

export type DebateActor = { userId: string; role: Role };

export function assertCanPost(actor: DebateActor): void {
  requireRole(actor.role, "member", "post in a debate");
}

export function assertCanModerate(actor: DebateActor, action: string): void {
  requireRole(actor.role, "facilitator", action);
}

/** Authors edit their own words; facilitators may correct anyone's (a revision is kept). */
export function assertCanEditClaim(actor: DebateActor, authorId: string): void {
  requireRole(actor.role, "member", "edit claims");
  if (actor.userId !== authorId && !hasAtLeastRole(actor.role, "facilitator")) {
    throw new DomainError("FORBIDDEN", "Only the author or a facilitator can edit this claim.");
  }
}

/** Extra links ("this also answers #12") are the author's to add, or a facilitator's. */
export function assertCanLinkClaim(actor: DebateActor, authorId: string): void {
  requireRole(actor.role, "member", "link claims");
  if (actor.userId !== authorId && !hasAtLeastRole(actor.role, "facilitator")) {
    throw new DomainError("FORBIDDEN", "Only the author or a facilitator can link this claim.");
  }
}

/** Removing a link: its claim's author, or a facilitator for anyone's. */
export function assertCanUnlinkClaim(actor: DebateActor, authorId: string): void {
  requireRole(actor.role, "member", "unlink claims");
  if (actor.userId !== authorId) assertCanModerate(actor, "unlink other people's claims");
}

export function assertCanWithdraw(actor: DebateActor, authorId: string): void {
  if (actor.userId !== authorId) {
    throw new DomainError("FORBIDDEN", "Only its author can withdraw a claim.");
  }
}

/** Resolving an objection: a facilitator, an owner, or the author of the claim it targets. */
export function assertCanResolve(actor: DebateActor, targetAuthorId: string | null): void {
  if (hasAtLeastRole(actor.role, "facilitator")) return;
  if (actor.role !== "observer" && targetAuthorId === actor.userId) return;
  throw new DomainError(
    "FORBIDDEN",
    "Only a facilitator, an owner, or the author of the claim it objects to can resolve an objection.",
  );
}

export function canSeeAuthors(role: Role, anonymous: boolean): boolean {
  return !anonymous || hasAtLeastRole(role, "facilitator");
}
