import type { ClaimVoteInput } from "./types.ts";

/** Fewer votes than this and a participant is left out of the fit (Pol.is uses 7 in large rooms). */
export const MIN_VOTES_TO_PLACE = 3;

const VALUE: Record<ClaimVoteInput["agreement"], number> = { agree: 1, unsure: 0, disagree: -1 };

/**
 * Participant × claim matrix, row-major in one Float64Array: agree 1,
 * disagree −1, unsure or no vote 0. Rows and columns are sorted by id so the
 * result never depends on the order the votes arrived in.
 */
export type VoteMatrix = {
  participantIds: string[];
  claimIds: string[];
  values: Float64Array;
  /** Votes cast (any agreement) per row. */
  votesPerRow: Int32Array;
};

export function buildVoteMatrix(
  votes: readonly ClaimVoteInput[],
  minVotes = MIN_VOTES_TO_PLACE,
): VoteMatrix {
  const votesByParticipant = new Map<string, number>();
  const claimSet = new Set<string>();
  for (const vote of votes) {
    votesByParticipant.set(
      vote.participantId,
      (votesByParticipant.get(vote.participantId) ?? 0) + 1,
    );
    claimSet.add(vote.claimId);
  }
  const participantIds = [...votesByParticipant]
    .filter(([, count]) => count >= minVotes)
    .map(([id]) => id)
    .sort(compareIds);
  const claimIds = [...claimSet].sort(compareIds);
  const row = new Map(participantIds.map((id, i) => [id, i]));
  const column = new Map(claimIds.map((id, i) => [id, i]));
  const values = new Float64Array(participantIds.length * claimIds.length);
  const votesPerRow = new Int32Array(participantIds.length);
  for (const vote of votes) {
    const r = row.get(vote.participantId);
    const c = column.get(vote.claimId);
    if (r === undefined || c === undefined) continue;
    values[r * claimIds.length + c] = VALUE[vote.agreement];
    votesPerRow[r] = (votesPerRow[r] ?? 0) + 1;
  }
  return { participantIds, claimIds, values, votesPerRow };
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
