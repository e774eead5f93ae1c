// What a reader may do with one claim, as it travels: a bit set. The names
// are written once here and shared with the web (`@steelman/api/claim-actions`),
// which only decodes them; the rules live in claim-abilities.ts. A number per
// claim costs ~10 bytes of JSON where thirteen named booleans would cost ~150,
// against issue 11's budget of 250 bytes a claim. No imports: the web bundles it.

/** Each action's bit is its index: append new actions, never reorder. */
export const CLAIM_ACTIONS = [
  "reply",
  "edit",
  "withdraw",
  "hide",
  "restore",
  "merge",
  "lock",
  "unpark",
  "resolve",
  "reopen",
  "link",
  "unlink",
  "vote",
] as const;
export type ClaimAction = (typeof CLAIM_ACTIONS)[number];
export type ClaimActions = Record<ClaimAction, boolean>;

export function encodeClaimActions(actions: ClaimActions): number {
  let bits = 0;
  CLAIM_ACTIONS.forEach((action, bit) => {
    if (actions[action]) bits |= 1 << bit;
  });
  return bits;
}

export function decodeClaimActions(bits: number): ClaimActions {
  const actions = {} as ClaimActions;
  CLAIM_ACTIONS.forEach((action, bit) => {
    actions[action] = (bits & (1 << bit)) !== 0;
  });
  return actions;
}

/**
 * A live delta is presented once per role, not per reader, so it carries the
 * bits for a reader with no tie to the claim plus the bits that being its
 * author, or the author of the claim it answers, adds (the rules only ever
 * add abilities for those ties). The page knows both ties and joins them here.
 */
export type RelativeClaimActions = { base: number; ifMine: number; ifTargetMine: number };

export function claimActionsFor(
  relative: RelativeClaimActions,
  ties: { mine: boolean; targetMine: boolean },
): number {
  return (
    relative.base |
    (ties.mine ? relative.ifMine : 0) |
    (ties.targetMine ? relative.ifTargetMine : 0)
  );
}
