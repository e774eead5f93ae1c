// Compressed sparse rows (CSR) of an attack relation: node i's targets are
// `targets[targetStart[i] .. targetStart[i + 1])`. Built by counting, then
// placing; the helpers here reuse their input arrays instead of making new
// ones, because at 10^6 claims every array made is megabytes that the garbage
// collector must later account for.

/** Rows up to this long are checked for repeats against their own earlier entries. */
const SHORT_ROW = 16;

/**
 * Turns per-row counts into row starts, in place: `starts[i + 1]` held row
 * i's count; afterwards `starts[i]` is where row i begins.
 */
export function countsToStarts(starts: Int32Array, size: number): void {
  for (let i = 0; i < size; i++) starts[i + 1]! += starts[i]!;
}

/**
 * After rows were placed with `rows[starts[i]++] = target`, every `starts[i]`
 * is the end of row i; shifts them back to row starts (no cursor array needed).
 */
export function restoreStarts(starts: Int32Array, size: number): void {
  for (let i = size; i > 0; i--) starts[i] = starts[i - 1]!;
  starts[0] = 0;
}

/**
 * Drops repeated targets from each row in place, keeping the first of each,
 * and counts into `attackerCounts` how many distinct nodes attack each node.
 * Returns how many targets are kept. Rows are short in debates (an objection
 * and a few links), so most are checked by comparing within the row, without
 * touching a per-node array at random.
 */
export function dropRepeatedTargets(
  size: number,
  starts: Int32Array,
  rows: Int32Array,
  attackerCounts: Int32Array,
): number {
  let marks: Int32Array | undefined;
  let kept = 0;
  let begin = 0;
  for (let i = 0; i < size; i++) {
    const end = starts[i + 1]!;
    const rowKept = kept;
    starts[i] = kept;
    if (end - begin <= SHORT_ROW) {
      for (let k = begin; k < end; k++) {
        const target = rows[k]!;
        let j = rowKept;
        while (j < kept && rows[j] !== target) j++;
        if (j < kept) continue;
        rows[kept++] = target;
        attackerCounts[target]!++;
      }
    } else {
      marks ??= new Int32Array(size).fill(-1);
      for (let k = begin; k < end; k++) {
        const target = rows[k]!;
        if (marks[target] === i) continue;
        marks[target] = i;
        rows[kept++] = target;
        attackerCounts[target]!++;
      }
    }
    begin = end;
  }
  starts[size] = kept;
  return kept;
}

/** The reverse rows: each node's attackers, in increasing node order. */
export function reverseRows(
  size: number,
  targetStart: Int32Array,
  targets: Int32Array,
  attackerCounts: Int32Array,
): { attackerStart: Int32Array; attackers: Int32Array } {
  const attackerStart = new Int32Array(size + 1);
  attackerStart.set(attackerCounts.subarray(0, size), 1);
  countsToStarts(attackerStart, size);
  const attackers = new Int32Array(targets.length);
  for (let a = 0; a < size; a++) {
    const end = targetStart[a + 1]!;
    for (let k = targetStart[a]!; k < end; k++) attackers[attackerStart[targets[k]!]!++] = a;
  }
  restoreStarts(attackerStart, size);
  return { attackerStart, attackers };
}
