/**
 * Input and output vocabulary of argument status (DESIGN.md, "Argument status").
 * Plain data only: the module never reads a database.
 */

/** The role a claim plays in a debate. Only objections attack. */
export type ClaimKind = "position" | "support" | "objection";

/** Only `visible` claims take part in the argument status. */
export type ModerationState = "visible" | "hidden" | "merged" | "withdrawn";

/** How a facilitator closed an objection; `conceded` keeps it standing whatever attacks it. */
export type Resolution = "conceded" | "out_of_scope" | "duplicate";

/** Grounded label: `in` stands, `out` is answered (defeated), `undecided` hangs on a cycle. */
export type Label = "in" | "out" | "undecided";

/** The word shown to people for a claim. */
export type DisplayStatus = "stands" | "answered" | "undecided" | "conceded";

export interface ArgumentClaim {
  id: string;
  kind: ClaimKind;
  /** The claim this one supports or objects to; null for positions. */
  targetId: string | null;
  moderation: ModerationState;
  resolution: Resolution | null;
}

/**
 * An extra link from a claim to a further target. It is an attack only when
 * `fromId` is a visible objection and `toId` a visible claim.
 */
export interface ArgumentLink {
  fromId: string;
  toId: string;
}

export function takesPart(claim: ArgumentClaim): boolean {
  return claim.moderation === "visible";
}

export function isConcededObjection(claim: ArgumentClaim): boolean {
  return claim.kind === "objection" && claim.resolution === "conceded";
}
