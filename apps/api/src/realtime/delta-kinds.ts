// Which live events carry their change, and which claims each one touches.
// Pure: the graph is given.

import { linkedTargets } from "../services/debates/present-claim.ts";
import type { EventRow } from "./event-row.ts";

/** Who answers whom: the full graph and the skeleton (debate-skeleton.ts) both have it. */
type ClaimTree = { claims: readonly { id: string; targetId: string | null }[] };
type LinkList = { links: readonly { fromId: string; toId: string }[] };

/** Events that change claims: the claim, and every claim above it, are sent again. */
export const CLAIM_EVENTS: ReadonlySet<string> = new Set([
  "claim.posted",
  "claim.edited",
  "claim.linked",
  "claim.unlinked",
  "claim.hidden",
  "claim.restored",
  "claim.withdrawn",
  "objection.resolved",
  "objection.reopened",
  "objection.parked",
  "objection.unparked",
  "thread.locked",
  "thread.unlocked",
]);
/** Events that change one claim's tally (and the voter's own vote). */
export const VOTE_EVENTS: ReadonlySet<string> = new Set(["vote.cast", "vote.removed"]);
/** Events that change the debate itself: its phase and settings. */
export const DEBATE_EVENTS: ReadonlySet<string> = new Set([
  "debate.updated",
  "debate.phase_changed",
  "debate.archived",
  "debate.unarchived",
]);
/** Events that change one proposal (an opened one also brings its claim). */
export const PROPOSAL_EVENTS: ReadonlySet<string> = new Set([
  "proposal.opened",
  "ballot.cast",
  "proposal.closed",
]);
/** Events that change nothing the debate page reads: the delta only moves the page on. */
export const UNCHANGING_EVENTS: ReadonlySet<string> = new Set([
  "guest.joined",
  "guest.removed",
  "join_code.opened",
  "join_code.limited",
  "join_code.closed",
]);

/**
 * Events whose change a delta carries; any other (a merge moves replies,
 * votes and links at once) makes pages re-read.
 */
export const DELTA_EVENTS: ReadonlySet<string> = new Set([
  ...CLAIM_EVENTS,
  ...VOTE_EVENTS,
  ...DEBATE_EVENTS,
  ...PROPOSAL_EVENTS,
  ...UNCHANGING_EVENTS,
]);

/** The claims an event of CLAIM_EVENTS starts from: its subject, and a link's other end. */
export function claimEventSubjects(row: Pick<EventRow, "type" | "subjectId" | "data">): string[] {
  const subjects = row.subjectId ? [row.subjectId] : [];
  const data = row.data;
  if (row.type.startsWith("claim.") && data && typeof data === "object" && "toId" in data) {
    // An unlinked target no longer lies above the claim, but its status changed.
    if (typeof data.toId === "string") subjects.push(data.toId);
  }
  return subjects;
}

/**
 * The claims and every claim they answer, directly or further up (their
 * targets, their links, and theirs): a claim's status depends only on the
 * claims that answer it, so nothing else can change when these appear or
 * change.
 */
export function claimsAbove(graph: ClaimTree & LinkList, claimIds: string[]) {
  const targetOf = new Map(graph.claims.map((c) => [c.id, c.targetId]));
  const links = linkedTargets(graph.links);
  const seen = new Set<string>(claimIds);
  const queue = [...claimIds];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    const above = [targetOf.get(id) ?? null, ...(links.get(id) ?? [])];
    for (const next of above) {
      if (next !== null && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...seen];
}

/**
 * The claims of a thread beneath `claimId` (replies, and theirs): locking
 * or unlocking it changes whether each of them may be answered.
 */
export function claimsBeneath(graph: ClaimTree, claimId: string): string[] {
  const replies = new Map<string, string[]>();
  for (const claim of graph.claims) {
    if (claim.targetId === null) continue;
    replies.set(claim.targetId, [...(replies.get(claim.targetId) ?? []), claim.id]);
  }
  const beneath: string[] = [];
  const queue = [...(replies.get(claimId) ?? [])];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    beneath.push(id);
    queue.push(...(replies.get(id) ?? []));
  }
  return beneath;
}
