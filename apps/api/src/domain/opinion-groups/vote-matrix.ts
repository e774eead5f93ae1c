import type { ClaimVoteInput } from "./types.ts";

/** Fewer votes than this and a participant is left out of the fit (Pol.is uses 7 in large rooms). */
export const MIN_VOTES_TO_PLACE = 3;

const VALUE: Record<ClaimVoteInput["agreement"], number> = { agree: 1, unsure: 0, disagree: -1 };

/**
 * Participant × claim matrix: agree 1, disagree −1, unsure or no vote 0.
 * Stored sparse by row (only agree/disagree cells), because most people vote
 * on few claims. Rows and columns are sorted by id, so the result never
 * depends on the order the votes arrived in.
 */
export type VoteMatrix = {
  participantIds: string[];
  claimIds: string[];
  /** Row r's cells are entries rowStart[r] … rowStart[r + 1] − 1. */
  rowStart: Int32Array;
  columns: Int32Array;
  values: Float64Array;
  /** Votes cast (any agreement, unsure included) per row. */
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
  const rowOf = new Int32Array(votes.length).fill(-1);
  const columnOf = new Int32Array(votes.length);
  const votesPerRow = new Int32Array(participantIds.length);
  const rowStart = new Int32Array(participantIds.length + 1);
  votes.forEach((vote, i) => {
    const r = row.get(vote.participantId);
    const c = column.get(vote.claimId);
    if (r === undefined || c === undefined) return;
    votesPerRow[r] = (votesPerRow[r] as number) + 1;
    if (VALUE[vote.agreement] === 0) return;
    rowOf[i] = r;
    columnOf[i] = c;
    rowStart[r + 1] = (rowStart[r + 1] as number) + 1;
  });
  for (let r = 0; r < participantIds.length; r++)
    rowStart[r + 1] = (rowStart[r + 1] as number) + (rowStart[r] as number);
  const columns = new Int32Array(rowStart[participantIds.length] as number);
  const values = new Float64Array(columns.length);
  const filled = rowStart.slice(0, participantIds.length);
  votes.forEach((vote, i) => {
    const r = rowOf[i] as number;
    if (r < 0) return;
    const at = filled[r] as number;
    columns[at] = columnOf[i] as number;
    values[at] = VALUE[vote.agreement];
    filled[r] = at + 1;
  });
  sortRowsByColumn(rowStart, columns, values);
  return { participantIds, claimIds, rowStart, columns, values, votesPerRow };
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts each row's cells by column, so sums run in the same order whatever the vote order. */
function sortRowsByColumn(rowStart: Int32Array, columns: Int32Array, values: Float64Array): void {
  for (let r = 0; r + 1 < rowStart.length; r++) {
    const start = rowStart[r] as number;
    const end = rowStart[r + 1] as number;
    const order = Array.from({ length: end - start }, (_, i) => start + i).sort(
      (a, b) => (columns[a] as number) - (columns[b] as number),
    );
    const sortedColumns = order.map((at) => columns[at] as number);
    const sortedValues = order.map((at) => values[at] as number);
    columns.set(sortedColumns, start);
    values.set(sortedValues, start);
  }
}
