import { claimActionsFor } from "@steelman/api/claim-actions";
import type { DebateView } from "@/lib/debate";
import type { RouterOutputs } from "@/lib/trpc";

type ProposalEntry = RouterOutputs["proposal"]["list"][number];
type LiveEvent = RouterOutputs["debate"]["activity"]["events"][number];

/**
 * What one live event changed, as the API's realtime/debate-delta.ts types
 * it (the stream's own output type, not a copy): a change of shape there is
 * a compile error here.
 */
export type DebateDelta = NonNullable<LiveEvent["delta"]>;
type SharedClaim = DebateDelta["claims"][number];

/**
 * The page's debate with one event's change applied (unchanged when a read
 * since already holds it), or null when only a whole read makes it right:
 * the page is behind the last event before it that the reader received (it
 * missed one), or the
 * change alters every claim (tallies shown or hidden, names shown or hidden).
 */
export function applyDebateDelta(
  view: DebateView,
  eventId: string,
  delta: DebateDelta,
): DebateView | null {
  // Event ids are 64-bit: compared as BigInt, never as floating-point numbers.
  const at = BigInt(view.lastEventId ?? -1);
  if (at >= BigInt(eventId)) return view;
  // Between `after` and this event lie only events this reader never receives.
  if (at < BigInt(delta.after ?? -1)) return null;
  const debate = delta.debate;
  if (
    debate.talliesHidden !== view.debate.talliesHidden ||
    debate.anonymous !== view.debate.anonymous
  ) {
    return null;
  }
  const next: DebateView = { ...view, lastEventId: eventId, debate };
  if (delta.claims.length > 0) {
    next.people = { ...view.people, ...delta.people };
    next.claims = withClaims(view.claims, delta);
    // Newest first, as the server sends them.
    next.unansweredObjectionIds = next.claims
      .filter((claim) => claim.unanswered)
      .sort((a, b) => b.number - a.number)
      .map((claim) => claim.id);
  }
  const tally = delta.tally;
  if (tally) {
    next.claims = next.claims.map((claim) =>
      claim.id === tally.claimId
        ? {
            ...claim,
            tally: tally.tally,
            ...(delta.myVote !== undefined ? { myVote: delta.myVote } : {}),
          }
        : claim,
    );
  }
  if (delta.counts) next.counts = delta.counts;
  return next;
}

function withClaims(current: DebateView["claims"], delta: DebateDelta): DebateView["claims"] {
  const changed = new Map(delta.claims.map((claim) => [claim.id, claim]));
  const mine = new Map(current.map((claim) => [claim.id, claim.isMine]));
  const isMine = (id: string) => mine.get(id) ?? (changed.has(id) && delta.isMine);
  const withAbilities = ({ canRelative, ...claim }: SharedClaim) => ({
    ...claim,
    can: claimActionsFor(canRelative, {
      mine: isMine(claim.id),
      targetMine: claim.targetId !== null && isMine(claim.targetId),
    }),
  });
  const claims = current.map((claim) => {
    const next = changed.get(claim.id);
    if (!next) return claim;
    changed.delete(claim.id);
    return { ...claim, ...withAbilities(next) };
  });
  // What is left is new to the page: nobody has voted on it yet.
  for (const claim of changed.values()) {
    claims.push({ ...withAbilities(claim), isMine: delta.isMine, tally: null, myVote: null });
  }
  return claims.sort((a, b) => a.number - b.number);
}

/**
 * The proposal list with the delta's proposal in place (a new one first: the
 * list is newest first), keeping the reader's own ballot unless they cast it.
 */
export function applyProposalDelta(
  list: readonly ProposalEntry[],
  delta: DebateDelta,
): ProposalEntry[] | null {
  const proposal = delta.proposal;
  if (!proposal) return null;
  const index = list.findIndex((entry) => entry.id === proposal.id);
  const myBallot = delta.myBallot !== undefined ? delta.myBallot : (list[index]?.myBallot ?? null);
  // Deltas travel in JSON form: the list holds dates.
  const entry = {
    ...proposal,
    createdAt: new Date(proposal.createdAt),
    closesAt: new Date(proposal.closesAt),
    closedAt: proposal.closedAt === null ? null : new Date(proposal.closedAt),
    myBallot,
  };
  return index < 0 ? [entry, ...list] : list.map((old, k) => (k === index ? entry : old));
}
