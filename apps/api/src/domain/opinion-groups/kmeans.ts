/** Points as one coordinate array per dimension (all the same length). */
export type Points = Float64Array[];

const RESTARTS = 8;
const MAX_ITERATIONS = 100;
const SEED = 0x5eed;

function squaredDistance(points: Points, i: number, centre: Float64Array): number {
  let sum = 0;
  for (let d = 0; d < points.length; d++)
    sum += (((points[d] as Float64Array)[i] as number) - (centre[d] as number)) ** 2;
  return sum;
}

const pointAt = (points: Points, i: number) =>
  Float64Array.from(points, (axis) => axis[i] as number);

/**
 * k-means: k-means++ seeding from a fixed-seed generator, a few restarts,
 * the lowest within-group spread wins. Same points in the same order → same
 * labels, always.
 */
export function clusterPoints(points: Points, k: number): Int32Array {
  const random = mulberry32(SEED + k);
  let best: { labels: Int32Array; inertia: number } | null = null;
  for (let restart = 0; restart < RESTARTS; restart++) {
    const run = lloyd(points, seedCentres(points, k, random));
    if (best === null || run.inertia < best.inertia - 1e-12) best = run;
  }
  return best?.labels ?? new Int32Array(points[0]?.length ?? 0);
}

function seedCentres(points: Points, k: number, random: () => number): Float64Array[] {
  const n = points[0]?.length ?? 0;
  const centres = [pointAt(points, Math.floor(random() * n))];
  const nearest = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  while (centres.length < k) {
    const latest = centres[centres.length - 1] as Float64Array;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const d = squaredDistance(points, i, latest);
      if (d < (nearest[i] as number)) nearest[i] = d;
      total += nearest[i] as number;
    }
    let pick = n - 1;
    let target = random() * total;
    for (let i = 0; i < n; i++) {
      target -= nearest[i] as number;
      if (target <= 0) {
        pick = i;
        break;
      }
    }
    centres.push(pointAt(points, pick));
  }
  return centres;
}

function lloyd(points: Points, centres: Float64Array[]): { labels: Int32Array; inertia: number } {
  const n = points[0]?.length ?? 0;
  const dims = points.length;
  const k = centres.length;
  const labels = new Int32Array(n).fill(-1);
  let inertia = 0;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    let moved = false;
    inertia = 0;
    for (let i = 0; i < n; i++) {
      let bestLabel = 0;
      let bestDistance = Number.POSITIVE_INFINITY;
      for (let j = 0; j < k; j++) {
        const d = squaredDistance(points, i, centres[j] as Float64Array);
        if (d < bestDistance) {
          bestDistance = d;
          bestLabel = j;
        }
      }
      inertia += bestDistance;
      if (labels[i] !== bestLabel) {
        labels[i] = bestLabel;
        moved = true;
      }
    }
    if (!moved) break;
    const sums = centres.map(() => new Float64Array(dims));
    const counts = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      const j = labels[i] as number;
      counts[j] = (counts[j] as number) + 1;
      const sum = sums[j] as Float64Array;
      for (let d = 0; d < dims; d++)
        sum[d] = (sum[d] as number) + ((points[d] as Float64Array)[i] as number);
    }
    for (let j = 0; j < k; j++) {
      const count = counts[j] as number;
      if (count > 0) centres[j] = (sums[j] as Float64Array).map((v) => v / count);
    }
  }
  return { labels, inertia };
}

/**
 * Past this many points the silhouette is averaged over a sample of them (each still measured against every point): it costs
 * sample × n instead of n², and the mean moves little.
 */
const SILHOUETTE_SAMPLE = 600;

/** Mean silhouette: how much closer each point is to its own group than to the next nearest group. */
export function meanSilhouette(points: Points, labels: Int32Array, k: number): number {
  const n = points[0]?.length ?? 0;
  if (n === 0) return 0;
  const sample = silhouetteSample(n);
  const sizes = new Int32Array(k);
  for (let i = 0; i < n; i++)
    sizes[labels[i] as number] = (sizes[labels[i] as number] as number) + 1;
  const distanceSums = new Float64Array(k);
  let total = 0;
  for (const i of sample) {
    distanceSums.fill(0);
    for (let j = 0; j < n; j++) {
      let squared = 0;
      for (const axis of points) squared += ((axis[i] as number) - (axis[j] as number)) ** 2;
      const label = labels[j] as number;
      distanceSums[label] = (distanceSums[label] as number) + Math.sqrt(squared);
    }
    const own = labels[i] as number;
    const ownSize = sizes[own] as number;
    if (ownSize <= 1) continue; // a lone point scores 0 by convention
    const a = (distanceSums[own] as number) / (ownSize - 1);
    let b = Number.POSITIVE_INFINITY;
    for (let g = 0; g < k; g++) {
      if (g === own || (sizes[g] as number) === 0) continue;
      b = Math.min(b, (distanceSums[g] as number) / (sizes[g] as number));
    }
    if (Number.isFinite(b) && Math.max(a, b) > 0) total += (b - a) / Math.max(a, b);
  }
  return total / sample.length;
}

/**
 * Which points the silhouette is averaged over: all of them, or past
 * SILHOUETTE_SAMPLE a fixed-seed random choice (points come sorted by
 * participant id, so it does not depend on arrival order; random, not every
 * m-th, so it cannot fall in step with any pattern in the ids).
 */
function silhouetteSample(n: number): Int32Array {
  const all = Int32Array.from({ length: n }, (_, i) => i);
  if (n <= SILHOUETTE_SAMPLE) return all;
  const random = mulberry32(SEED);
  for (let i = 0; i < SILHOUETTE_SAMPLE; i++) {
    const j = i + Math.floor(random() * (n - i));
    const chosen = all[j] as number;
    all[j] = all[i] as number;
    all[i] = chosen;
  }
  return all.slice(0, SILHOUETTE_SAMPLE).sort();
}
/** Small, fast, seedable generator (mulberry32). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
