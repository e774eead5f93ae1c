/**
 * Input and output vocabulary of argument status (DESIGN.md, "Argument status").
 * Plain data only: the module never reads a database.
 */

/**
 * The kind a claim is stored as. Only objections attack. A proposal is the
 * claim behind a proposal put to a vote: a root like a position, but never
 * counted or offered as one.
 */
export type { ClaimKind } from "../vocabulary.ts";

import type { ClaimKind } from "../vocabulary.ts";

/**
 * Which way a claim pulls, relative to the position or proposal at the root
 * of its tree: a support keeps its target's side, an objection flips it.
 */
export type Side = "for" | "against";

/**
 * The part a claim plays, in people's words: an objection is the first thing
 * raised against a line of argument (against side, aimed at a position, a
 * proposal or a support); every other objection is a rebuttal.
 */
export type ArgumentRole = "position" | "proposal" | "support" | "objection" | "rebuttal";

/** Only `visible` claims take part in the argument status. */
export type ModerationState = "visible" | "hidden" | "merged" | "withdrawn";

/** How a facilitator closed an objection; `conceded` keeps it standing whatever attacks it. */
export type Resolution = "conceded" | "out_of_scope" | "duplicate";

/** Grounded label: `in` stands, `out` is answered (defeated), `undecided` hangs on a cycle. */
export type Label = "in" | "out" | "undecided";

/**
 * The word shown to people for a claim. `answered` is an `out` claim on the
 * against side, `challenged` an `out` claim on the for side; `parked` is an
 * unanswered objection a facilitator set aside with a reason.
 */
export type DisplayStatus =
  | "stands"
  | "answered"
  | "challenged"
  | "undecided"
  | "conceded"
  | "parked";

export interface ArgumentClaim {
  id: string;
  /**
   * The claim's number in its debate. When every claim (with `targetNumber`)
   * and every link carries numbers, references resolve through arrays indexed
   * by number instead of id lookups: the fast path for big debates.
   */
  number?: number;
  /** The number of `targetId`'s claim, for the numbered path. */
  targetNumber?: number | null;
  kind: ClaimKind;
  /** The claim this one supports or objects to; null for positions. */
  targetId: string | null;
  moderation: ModerationState;
  resolution: Resolution | null;
  /** Set aside by a facilitator with a reason; still open, shown as parked. */
  parked?: boolean;
}

/**
 * An extra link from a claim to a further target. It is an attack only when
 * `fromId` is a visible objection and `toId` a visible claim.
 */
export interface ArgumentLink {
  fromId: string;
  toId: string;
  /** The numbers of the two claims, for the numbered path (see ArgumentClaim.number). */
  fromNumber?: number;
  toNumber?: number;
}

export function takesPart(claim: ArgumentClaim): boolean {
  return claim.moderation === "visible";
}

export function isConcededObjection(claim: ArgumentClaim): boolean {
  return claim.kind === "objection" && claim.resolution === "conceded";
}
