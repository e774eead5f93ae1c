// What the reader of a debate may do right now, from the same rules the
// services enforce, so the page offers only what the server will accept
// (and no link to a page the reader cannot open). Pure.
import { hasAtLeastRole, type Role } from "../roles.ts";
import { assertCanModerate, assertCanPost } from "./debate-permissions.ts";
import { assertCanPostInPhase, assertCanVoteOnClaimsInPhase, type Phase } from "./phase-rules.ts";
import { allows } from "./rule-check.ts";

export type ViewerFacts = {
  role: Role;
  phase: Phase;
  membersMayPropose: boolean;
  claimVotesOnlyInVoting: boolean;
  /** Guests may see the opinion groups (members and observers always may). */
  guestsSeeGroups: boolean;
  /** False for a guest: a guest reaches one debate, not the workspace around it. */
  isWorkspaceMember: boolean;
};

export type ViewerAbilities = {
  postPosition: boolean;
  postReply: boolean;
  voteOnClaims: boolean;
  propose: boolean;
  moderate: boolean;
  recordDecision: boolean;
  seeWorkspace: boolean;
  seeDecisionLog: boolean;
  seeOpinionGroups: boolean;
};

export function viewerAbilities(facts: ViewerFacts): ViewerAbilities {
  const { role, phase } = facts;
  const actor = { userId: "", role };
  const writable = phase !== "archived";
  const poster = writable && allows(() => assertCanPost(actor));
  const moderator = writable && allows(() => assertCanModerate(actor, "moderate"));
  return {
    postPosition: poster && allows(() => assertCanPostInPhase(phase, "position", role)),
    postReply: poster && allows(() => assertCanPostInPhase(phase, "objection", role)),
    voteOnClaims:
      poster && allows(() => assertCanVoteOnClaimsInPhase(phase, facts.claimVotesOnlyInVoting)),
    // Mirrors createProposal: members when the debate allows it, else facilitators.
    propose: facts.membersMayPropose ? poster : moderator,
    moderate: moderator,
    recordDecision: moderator,
    seeWorkspace: facts.isWorkspaceMember,
    seeDecisionLog: facts.isWorkspaceMember && hasAtLeastRole(role, "observer"),
    seeOpinionGroups: facts.isWorkspaceMember || facts.guestsSeeGroups,
  };
}

/** The past cannot be acted on: looking back keeps only what may be seen. */
export function readOnlyAbilities(can: ViewerAbilities): ViewerAbilities {
  return {
    ...can,
    postPosition: false,
    postReply: false,
    voteOnClaims: false,
    propose: false,
    moderate: false,
    recordDecision: false,
  };
}
