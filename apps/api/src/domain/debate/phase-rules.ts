// What each phase of a debate allows, and the gate before voting. Pure.
import type { ClaimKind } from "../argument/types.ts";
import { DomainError } from "../domain-error.ts";
import { hasAtLeastRole, type Role } from "../roles.ts";

import type { Phase } from "../vocabulary.ts";

export { PHASES, type Phase } from "../vocabulary.ts";

const PHASE_NAMES: Record<Phase, string> = {
  draft: "in draft",
  open: "open",
  rebuttal: "in its rebuttal phase",
  voting: "in its voting phase",
  decided: "decided",
  archived: "archived",
};

/** Draft: facilitators prepare alone. From rebuttal on: no new positions, only replies. */
export function assertCanPostInPhase(phase: Phase, kind: ClaimKind, role: Role): void {
  if (phase === "archived") {
    throw new DomainError("CONFLICT", "This debate is archived: it can be read but not changed.");
  }
  if (phase === "draft" && !hasAtLeastRole(role, "facilitator")) {
    throw new DomainError(
      "CONFLICT",
      "This debate is still in draft; only facilitators can post until it opens.",
    );
  }
  if (kind === "position" && (phase === "rebuttal" || phase === "voting" || phase === "decided")) {
    throw new DomainError(
      "CONFLICT",
      `The debate is ${PHASE_NAMES[phase]}: no new positions now, but you can support or object to the existing ones.`,
    );
  }
}

/**
 * Proposals follow the posting rules of the phase: none once archived, only
 * facilitators in draft. (Unlike positions, proposals belong in the voting
 * phase, so later phases do not refuse them.)
 */
export function assertCanProposeInPhase(phase: Phase, role: Role): void {
  assertCanPostInPhase(phase, "objection", role);
}

export function assertCanVoteOnClaimsInPhase(phase: Phase, onlyInVoting: boolean): void {
  if (onlyInVoting && phase !== "voting") {
    throw new DomainError(
      "CONFLICT",
      "Votes on claims open when the debate reaches its voting phase.",
    );
  }
}

export type Park = { claimId: string; reason: string };

/**
 * The phase gate: a debate does not move to voting while objections are
 * unanswered, unless the facilitator parks each one with a reason.
 */
export function assertPhaseGate(
  target: Phase,
  unanswered: readonly { id: string; number: number }[],
  parks: readonly Park[],
): void {
  if (target !== "voting") return;
  const parked = new Set(parks.filter((p) => p.reason.trim().length > 0).map((p) => p.claimId));
  const open = unanswered.filter((o) => !parked.has(o.id));
  if (open.length > 0) {
    const list = open.map((o) => `#${o.number}`).join(", ");
    throw new DomainError(
      "CONFLICT",
      `Voting cannot start while objections are unanswered (${list}). Answer them, or park each one with a reason.`,
    );
  }
}

/** The timer's end, from a length in minutes (null or 0: no timer). */
export function phaseEndsAt(now: Date, minutes: number | null): Date | null {
  return minutes ? new Date(now.getTime() + minutes * 60_000) : null;
}
