import type { VoteMatrix } from "./vote-matrix.ts";

const MAX_ITERATIONS = 60;
/** Squared change of the basis between steps; the groups need the subspace, not ten digits. */
const TOLERANCE = 1e-6;

/**
 * Projects each row of the vote matrix on its first `count` principal
 * components. Orthogonal (block power) iteration on the column-centred
 * matrix X = A − 1μᵀ, never forming X or its covariance: A is sparse, so
 * Xv = Av − (μ·v)1 and Xᵀy = Aᵀy − μ(1ᵀy) cost one pass over the votes.
 * At 2,000 × 1,000 this beats a general SVD by far.
 *
 * As in Pol.is, a participant who voted on few claims is pushed outwards by
 * √(claims / votes), so sparse voters are not all crowded at the centre.
 * Each component's sign is fixed (largest-magnitude loading positive) so the
 * picture does not flip between recomputations.
 */
export function projectOnComponents(matrix: VoteMatrix, count: number): Float64Array[] {
  const rows = matrix.participantIds.length;
  const cols = matrix.claimIds.length;
  const means = columnMeans(matrix);
  // A fixed start, unlikely to be orthogonal to the answer.
  let basis: Float64Array[] = Array.from({ length: count }, (_, i) => {
    const v = new Float64Array(cols);
    for (let c = 0; c < cols; c++) v[c] = Math.sin((c + 1) * (i + 1) * 1.618) + (i === 0 ? 1 : 0);
    return v;
  });
  orthonormalise(basis);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const next: Float64Array[] = basis.map((v) =>
      multiplyTransposed(matrix, means, multiply(matrix, means, v)),
    );
    orthonormalise(next);
    let change = 0;
    next.forEach((v, i) => {
      const old = basis[i] as Float64Array;
      for (let c = 0; c < cols; c++) change += ((v[c] as number) - (old[c] as number)) ** 2;
    });
    basis = next;
    if (change < TOLERANCE) break;
  }
  return basis.map((v) => {
    fixSign(v);
    const projected = multiply(matrix, means, v);
    for (let r = 0; r < rows; r++) {
      const votes = matrix.votesPerRow[r] as number;
      projected[r] = (projected[r] as number) * (votes > 0 ? Math.sqrt(cols / votes) : 1);
    }
    return projected;
  });
}

function columnMeans(m: VoteMatrix): Float64Array {
  const means = new Float64Array(m.claimIds.length);
  for (let at = 0; at < m.values.length; at++) {
    const c = m.columns[at] as number;
    means[c] = (means[c] as number) + (m.values[at] as number);
  }
  const rows = Math.max(m.participantIds.length, 1);
  return means.map((sum) => sum / rows);
}

/** Xv, one entry per row. */
function multiply(m: VoteMatrix, means: Float64Array, v: Float64Array): Float64Array {
  let meanDot = 0;
  for (let c = 0; c < v.length; c++) meanDot += (means[c] as number) * (v[c] as number);
  const out = new Float64Array(m.participantIds.length);
  for (let r = 0; r < out.length; r++) {
    let sum = 0;
    const end = m.rowStart[r + 1] as number;
    for (let at = m.rowStart[r] as number; at < end; at++)
      sum += (m.values[at] as number) * (v[m.columns[at] as number] as number);
    out[r] = sum - meanDot;
  }
  return out;
}

/** Xᵀy, one entry per column. */
function multiplyTransposed(m: VoteMatrix, means: Float64Array, y: Float64Array): Float64Array {
  const out = new Float64Array(m.claimIds.length);
  let total = 0;
  for (let r = 0; r < y.length; r++) {
    const weight = y[r] as number;
    total += weight;
    const end = m.rowStart[r + 1] as number;
    for (let at = m.rowStart[r] as number; at < end; at++) {
      const c = m.columns[at] as number;
      out[c] = (out[c] as number) + weight * (m.values[at] as number);
    }
  }
  for (let c = 0; c < out.length; c++) out[c] = (out[c] as number) - (means[c] as number) * total;
  return out;
}

/** Gram–Schmidt in order; a vector with nothing left becomes zero. */
function orthonormalise(vectors: Float64Array[]): void {
  vectors.forEach((v, i) => {
    for (let j = 0; j < i; j++) {
      const b = vectors[j] as Float64Array;
      let dot = 0;
      for (let c = 0; c < v.length; c++) dot += (v[c] as number) * (b[c] as number);
      for (let c = 0; c < v.length; c++) v[c] = (v[c] as number) - dot * (b[c] as number);
    }
    let norm = 0;
    for (let c = 0; c < v.length; c++) norm += (v[c] as number) ** 2;
    norm = Math.sqrt(norm);
    for (let c = 0; c < v.length; c++) v[c] = norm > 1e-12 ? (v[c] as number) / norm : 0;
  });
}

function fixSign(v: Float64Array): void {
  let largest = 0;
  for (let c = 0; c < v.length; c++)
    if (Math.abs(v[c] as number) > Math.abs(largest)) largest = v[c] as number;
  if (largest < 0) for (let c = 0; c < v.length; c++) v[c] = -(v[c] as number);
}
