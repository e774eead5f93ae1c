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
  /** Row r's cells are entries rowStart[r] … rowStart[r + 1] − 1, by increasing column. */
  rowStart: Int32Array;
  columns: Int32Array;
  values: Float64Array;
  /** Votes cast (any agreement, unsure included) per row. */
  votesPerRow: Int32Array;
  /** Per input vote: its row (−1 when the voter is not placed) and its column. */
  voteRows: Int32Array;
  voteColumns: Int32Array;
};

/** Numbers each distinct id in order of first appearance; `indexOf[i]` is vote i's number. */
function numberIds(votes: readonly ClaimVoteInput[], key: "participantId" | "claimId") {
  const numbers = new Map<string, number>();
  const ids: string[] = [];
  const indexOf = new Int32Array(votes.length);
  for (let i = 0; i < votes.length; i++) {
    const id = (votes[i] as ClaimVoteInput)[key];
    let n = numbers.get(id);
    if (n === undefined) {
      n = ids.length;
      numbers.set(id, n);
      ids.push(id);
    }
    indexOf[i] = n;
  }
  return { ids, indexOf };
}

/** Position of each id in sorted order (−1 for ids `keep` refuses), and the sorted ids. */
function rankIds(ids: string[], keep: (n: number) => boolean) {
  const order = ids
    .map((_, n) => n)
    .filter(keep)
    .sort((a, b) => compareIds(ids[a] as string, ids[b] as string));
  const rank = new Int32Array(ids.length).fill(-1);
  order.forEach((n, r) => {
    rank[n] = r;
  });
  return { rank, sorted: order.map((n) => ids[n] as string) };
}

export function buildVoteMatrix(
  votes: readonly ClaimVoteInput[],
  minVotes = MIN_VOTES_TO_PLACE,
): VoteMatrix {
  const n = votes.length;
  const participants = numberIds(votes, "participantId");
  const claims = numberIds(votes, "claimId");
  const votesOf = new Int32Array(participants.ids.length);
  for (let i = 0; i < n; i++) {
    const p = participants.indexOf[i] as number;
    votesOf[p] = (votesOf[p] as number) + 1;
  }
  const rows = rankIds(participants.ids, (p) => (votesOf[p] as number) >= minVotes);
  const cols = rankIds(claims.ids, () => true);
  const rowCount = rows.sorted.length;
  const colCount = cols.sorted.length;

  const voteRows = new Int32Array(n);
  const voteColumns = new Int32Array(n);
  const values = new Int8Array(n);
  const votesPerRow = new Int32Array(rowCount);
  const rowStart = new Int32Array(rowCount + 1);
  const columnStart = new Int32Array(colCount + 1);
  for (let i = 0; i < n; i++) {
    const r = rows.rank[participants.indexOf[i] as number] as number;
    const c = cols.rank[claims.indexOf[i] as number] as number;
    voteRows[i] = r;
    voteColumns[i] = c;
    values[i] = VALUE[(votes[i] as ClaimVoteInput).agreement];
    if (r < 0) continue;
    votesPerRow[r] = (votesPerRow[r] as number) + 1;
    if (values[i] === 0) continue;
    rowStart[r + 1] = (rowStart[r + 1] as number) + 1;
    columnStart[c + 1] = (columnStart[c + 1] as number) + 1;
  }
  for (let r = 0; r < rowCount; r++)
    rowStart[r + 1] = (rowStart[r + 1] as number) + (rowStart[r] as number);
  for (let c = 0; c < colCount; c++)
    columnStart[c + 1] = (columnStart[c + 1] as number) + (columnStart[c] as number);

  // Two counting passes instead of sorting each row: cells bucketed by column,
  // then dealt out to their rows in column order, so every row comes out sorted.
  const cellCount = rowStart[rowCount] as number;
  const byColumn = new Int32Array(cellCount);
  const nextInColumn = columnStart.slice(0, colCount);
  for (let i = 0; i < n; i++) {
    if ((voteRows[i] as number) < 0 || values[i] === 0) continue;
    const c = voteColumns[i] as number;
    byColumn[nextInColumn[c] as number] = i;
    nextInColumn[c] = (nextInColumn[c] as number) + 1;
  }
  const columns = new Int32Array(cellCount);
  const cellValues = new Float64Array(cellCount);
  const nextInRow = rowStart.slice(0, rowCount);
  for (let j = 0; j < cellCount; j++) {
    const i = byColumn[j] as number;
    const r = voteRows[i] as number;
    const at = nextInRow[r] as number;
    columns[at] = voteColumns[i] as number;
    cellValues[at] = values[i] as number;
    nextInRow[r] = at + 1;
  }
  return {
    participantIds: rows.sorted,
    claimIds: cols.sorted,
    rowStart,
    columns,
    values: cellValues,
    votesPerRow,
    voteRows,
    voteColumns,
  };
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
