// What a reader may do with one claim: the services' own rules (the
// permission functions, the phase rules, and the claim's state as the
// services check it), asked as questions. Pure. A table test in
// routers/claim-abilities.test.ts holds these flags to what the server does.
import type { ClaimKind } from "../argument/types.ts";
import type { Role } from "../roles.ts";
import {
  type ClaimActions,
  encodeClaimActions,
  type RelativeClaimActions,
} from "./claim-actions.ts";
import type { Moderation } from "./claim-rules.ts";
import {
  assertCanEditClaim,
  assertCanLinkClaim,
  assertCanModerate,
  assertCanPost,
  assertCanResolve,
  assertCanUnlinkClaim,
  assertCanWithdraw,
} from "./debate-permissions.ts";
import type { Phase } from "./phase-rules.ts";
import { allows } from "./rule-check.ts";
import type { ViewerAbilities } from "./viewer-abilities.ts";

/** The reader: their role, the debate's phase and what they may do debate-wide. */
export type ClaimViewer = {
  role: Role;
  phase: Phase;
  can: Pick<ViewerAbilities, "postReply" | "voteOnClaims">;
};

/** The claim's state, the same for every reader. */
export type ClaimFacts = {
  kind: ClaimKind;
  moderation: Moderation;
  /** An objection's resolution is in force (not reopened). */
  resolved: boolean;
  parked: boolean;
  /** The claim, or one above it, is locked: no replies beneath it. */
  threadLocked: boolean;
  /** It has extra targets (links) that could be removed. */
  linked: boolean;
};

/** The reader's ties to the claim: its author, and the author of the claim it answers. */
export type ClaimTies = { mine: boolean; targetMine: boolean };

const READER = "reader";
const SOMEONE_ELSE = "someone-else";

/** What the permission functions answer for this reader with these ties, whatever the claim. */
function ruleAnswers(viewer: ClaimViewer, ties: ClaimTies) {
  const actor = { userId: READER, role: viewer.role };
  const author = ties.mine ? READER : SOMEONE_ELSE;
  const targetAuthor = ties.targetMine ? READER : SOMEONE_ELSE;
  // assertDebateWritable: an archived debate is read, not changed.
  const writable = viewer.phase !== "archived";
  const member = writable && allows(() => assertCanPost(actor));
  return {
    member,
    moderator: writable && allows(() => assertCanModerate(actor, "moderate")),
    edit: member && allows(() => assertCanEditClaim(actor, author)),
    withdraw: member && allows(() => assertCanWithdraw(actor, author)),
    resolver: member && allows(() => assertCanResolve(actor, targetAuthor)),
    link: member && allows(() => assertCanLinkClaim(actor, author)),
    unlink: member && allows(() => assertCanUnlinkClaim(actor, author)),
  };
}

/**
 * What one reader may do with each claim. The permission functions are asked
 * once per kind of tie (four at most), not once per claim: a refusal is a
 * thrown error, too dear to raise thousands of times in one read.
 */
export function claimAbilityReader(viewer: ClaimViewer) {
  const answers = new Map<string, ReturnType<typeof ruleAnswers>>();
  return (claim: ClaimFacts, ties: ClaimTies): ClaimActions => {
    const key = `${ties.mine}:${ties.targetMine}`;
    let rules = answers.get(key);
    if (!rules) {
      rules = ruleAnswers(viewer, ties);
      answers.set(key, rules);
    }
    const visible = claim.moderation === "visible";
    const { moderator } = rules;
    return {
      reply: viewer.can.postReply && visible && !claim.threadLocked,
      edit: rules.edit && visible,
      withdraw: rules.withdraw && visible,
      hide: moderator && visible,
      restore: moderator && claim.moderation === "hidden",
      merge: moderator && visible,
      // Locking and unlocking a thread: the server asks nothing of the claim's state.
      lock: moderator,
      unpark: moderator && claim.parked,
      resolve: rules.resolver && claim.kind === "objection" && visible && !claim.resolved,
      reopen: rules.resolver && claim.resolved,
      link: rules.link && (claim.kind === "support" || claim.kind === "objection"),
      unlink: rules.unlink && claim.linked,
      vote: viewer.can.voteOnClaims && visible,
    };
  };
}

export function claimAbilities(
  viewer: ClaimViewer,
  claim: ClaimFacts,
  ties: ClaimTies,
): ClaimActions {
  return claimAbilityReader(viewer)(claim, ties);
}

/** This reader's bit set (a whole read knows the reader). */
export function claimActionBits(viewer: ClaimViewer, claim: ClaimFacts, ties: ClaimTies): number {
  return encodeClaimActions(claimAbilities(viewer, claim, ties));
}

/** A whole read's bit sets: one reader, every claim. */
export function claimActionBitsReader(viewer: ClaimViewer) {
  const read = claimAbilityReader(viewer);
  return (claim: ClaimFacts, ties: ClaimTies) => encodeClaimActions(read(claim, ties));
}

/**
 * The bits for any reader of this role, and what each tie adds (a live
 * delta's), for many claims: the rules are asked once per tie, not per claim.
 */
export function relativeClaimActionBitsReader(viewer: ClaimViewer) {
  const bits = claimActionBitsReader(viewer);
  return (claim: ClaimFacts): RelativeClaimActions => {
    const base = bits(claim, { mine: false, targetMine: false });
    return {
      base,
      ifMine: bits(claim, { mine: true, targetMine: false }) & ~base,
      ifTargetMine: bits(claim, { mine: false, targetMine: true }) & ~base,
    };
  };
}
