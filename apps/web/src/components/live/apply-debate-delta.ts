import { claimActionsFor, type RelativeClaimActions } from "@steelman/api/claim-actions";
import type { Claim, DebateView, People } from "@/lib/debate";

/**
 * A claim as every reader of a kind sees it: the reader's own facts stay on
 * the page, and what they may do with it comes as the role's bits plus what
 * authorship adds, which the page joins with its own ties.
 */
type SharedClaim = Omit<Claim, "isMine" | "tally" | "myVote" | "can"> & {
  canRelative: RelativeClaimActions;
};

/** What one live event changed (the API's realtime/debate-delta.ts). */
export type DebateDelta = {
  after: string | null;
  claims: SharedClaim[];
  people: People;
  counts: DebateView["counts"];
  /** Whether this reader wrote the claim the event is about. */
  isMine: boolean;
};

/**
 * The page's debate with one event's change applied (unchanged when a read
 * since already holds it), or null when the page is behind the event just
 * before it (it missed one): then only a whole read makes it right.
 */
export function applyDebateDelta(
  view: DebateView,
  eventId: string,
  delta: DebateDelta,
): DebateView | null {
  // Event ids are 64-bit: compared as BigInt, never as floating-point numbers.
  if (view.lastEventId !== null && BigInt(view.lastEventId) >= BigInt(eventId)) return view;
  if (view.lastEventId !== delta.after) return null;
  const changed = new Map(delta.claims.map((claim) => [claim.id, claim]));
  const mine = new Map(view.claims.map((claim) => [claim.id, claim.isMine]));
  const isMine = (id: string) => mine.get(id) ?? (changed.has(id) && delta.isMine);
  const withAbilities = ({ canRelative, ...claim }: SharedClaim) => ({
    ...claim,
    can: claimActionsFor(canRelative, {
      mine: isMine(claim.id),
      targetMine: claim.targetId !== null && isMine(claim.targetId),
    }),
  });
  const claims = view.claims.map((claim) => {
    const next = changed.get(claim.id);
    if (!next) return claim;
    changed.delete(claim.id);
    return { ...claim, ...withAbilities(next) };
  });
  // What is left is new to the page: nobody has voted on it yet.
  for (const claim of changed.values()) {
    claims.push({ ...withAbilities(claim), isMine: delta.isMine, tally: null, myVote: null });
  }
  claims.sort((a, b) => a.number - b.number);
  return {
    ...view,
    lastEventId: eventId,
    people: { ...view.people, ...delta.people },
    claims,
    // Newest first, as the server sends them.
    unansweredObjectionIds: claims
      .filter((claim) => claim.unanswered)
      .sort((a, b) => b.number - a.number)
      .map((claim) => claim.id),
    counts: delta.counts,
  };
}
