import { describe, expect, it } from "vitest";
import { projectOnComponents, symmetricEigen } from "./pca.ts";
import { makeSyntheticRoom } from "./synthetic-room.ts";
import { buildVoteMatrix, type VoteMatrix } from "./vote-matrix.ts";

/** The column-centred matrix, written out in full: the reference the sparse code must match. */
function denseCentred(m: VoteMatrix): number[][] {
  const rows = m.participantIds.length;
  const cols = m.claimIds.length;
  const dense = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
  for (let r = 0; r < rows; r++)
    for (let at = m.rowStart[r] as number; at < (m.rowStart[r + 1] as number); at++)
      (dense[r] as number[])[m.columns[at] as number] = m.values[at] as number;
  for (let c = 0; c < cols; c++) {
    const mean = dense.reduce((sum, row) => sum + (row[c] as number), 0) / rows;
    for (const row of dense) row[c] = (row[c] as number) - mean;
  }
  return dense;
}

describe("symmetricEigen", () => {
  it("finds the eigenvalues of a small symmetric matrix, largest first", () => {
    const { values, vectors } = symmetricEigen([
      [2, 1, 0],
      [1, 2, 0],
      [0, 0, 5],
    ]);
    expect(values.map((v) => Number(v.toFixed(9)))).toEqual([5, 3, 1]);
    const [x, y] = vectors[1] as number[];
    expect(Math.abs(x as number)).toBeCloseTo(Math.SQRT1_2, 9);
    expect(x).toBeCloseTo(y as number, 9);
  });
});

describe("projectOnComponents", () => {
  it("matches the principal components of the dense covariance on the components that carry the camps", () => {
    const room = makeSyntheticRoom({
      participants: 60,
      claims: 15,
      camps: 3,
      noise: 0.2,
      voteShare: 0.7,
      seed: 11,
    });
    const matrix = buildVoteMatrix(room.votes);
    const dense = denseCentred(matrix);
    const cols = matrix.claimIds.length;
    const covariance = Array.from({ length: cols }, (_, i) =>
      Array.from({ length: cols }, (_, j) =>
        dense.reduce((sum, row) => sum + (row[i] as number) * (row[j] as number), 0),
      ),
    );
    const reference = symmetricEigen(covariance).vectors;
    const projected = projectOnComponents(matrix, 2);
    for (let component = 0; component < 2; component++) {
      const v = reference[component] as number[];
      const expected = dense.map((row, r) => {
        const scale = Math.sqrt(cols / (matrix.votesPerRow[r] as number));
        return row.reduce((sum, x, c) => sum + x * (v[c] as number), 0) * scale;
      });
      const got = [...(projected[component] as Float64Array)];
      // The sign is a convention: compare up to it. Three decimals: the iteration stops once the
      // eigenvalues settle, and the picture is sent rounded to three decimals anyway.
      const sign = Math.sign(got.reduce((s, x, i) => s + x * (expected[i] as number), 0));
      got.forEach((x, i) => {
        expect(x * sign).toBeCloseTo(expected[i] as number, 3);
      });
    }
  });
});
