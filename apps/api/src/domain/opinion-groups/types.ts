/** One participant's view of one claim, as stored in ClaimVote. */
import type { Agreement } from "../vocabulary.ts";

export type { Agreement } from "../vocabulary.ts";

export type ClaimVoteInput = {
  participantId: string;
  claimId: string;
  agreement: Agreement;
};

/** A participant's place on the two axes and the group they fell into. */
export type ParticipantPoint = {
  participantId: string;
  x: number;
  y: number;
  groupId: number;
};

/** Votes of one group on one claim. */
export type GroupClaimTally = { agree: number; disagree: number; unsure: number };

export type RepresentativeClaim = {
  claimId: string;
  /** Whether the group stands out by agreeing or by disagreeing. */
  direction: "agree" | "disagree";
  /** Smoothed share of the group voting that way, (n+1)/(seen+2). */
  groupRate: number;
  /** The same share among everyone outside the group. */
  restRate: number;
  /** Two-proportion z statistic, group vs rest (one-sided; ≥ 1.645 is 95 %). */
  z: number;
};

export type OpinionGroup = {
  id: number;
  size: number;
  representativeClaims: RepresentativeClaim[];
  /** Per claim id, the group's votes (only claims the group voted on). */
  tallies: Record<string, GroupClaimTally>;
};

export type ConsensusClaim = {
  claimId: string;
  direction: "agree" | "disagree";
  /** Product over groups of the smoothed rate, (n+1)/(seen+2). */
  score: number;
};

export type OpinionGroupsResult = {
  /** Participants who voted enough to be placed, sorted by id. */
  points: ParticipantPoint[];
  groups: OpinionGroup[];
  consensusClaims: ConsensusClaim[];
  /** Mean silhouette of the chosen clustering (−1…1); null when no groups. */
  silhouette: number | null;
};

/** participantId → groupId of an earlier computation, for stable numbering. */
export type PreviousAssignment = Record<string, number>;
