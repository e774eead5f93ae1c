import { countsToStarts, dropRepeatedTargets, restoreStarts, reverseRows } from "./attack-rows.ts";
import { type ClaimColumns, OBJECTION, readClaimColumns } from "./claim-columns.ts";
import { type ClaimIndex, indexClaims } from "./claim-index.ts";
import type { ArgumentClaim, ArgumentLink } from "./types.ts";

/**
 * An attack relation over nodes 0..size-1 in compressed sparse row form, both
 * directions. Attacks are deduplicated: a node attacks another at most once.
 */
export interface AttackGraph {
  readonly size: number;
  /** Node index → argument / claim id. */
  readonly ids: readonly string[];
  /** Attacks made by node i: `targets[targetStart[i] .. targetStart[i + 1])`. */
  readonly targetStart: Int32Array;
  readonly targets: Int32Array;
  /** How many nodes attack node i (all the labelling needs of the reverse direction). */
  readonly attackerCounts: Int32Array;
  /** Attacks received by node i: `attackers[attackerStart[i] .. attackerStart[i + 1])` (made on first use). */
  readonly attackerStart: Int32Array;
  readonly attackers: Int32Array;
}

/**
 * The attack graph of a debate. Node i is `inputClaims[i]`, every claim given:
 * claims that take no part (not visible) are nodes with no attacks made or
 * received, so that no array maps claims to nodes and back.
 */
export interface ClaimAttackGraph extends AttackGraph {
  readonly inputClaims: readonly ArgumentClaim[];
  /** Claim id or number → index in `inputClaims`. */
  readonly index: ClaimIndex;
  /** Index in `inputClaims` → index of its primary target there, or -1 (none, or unknown). */
  readonly targetOfInput: Int32Array;
  /** Kinds, visibility and resolutions of `inputClaims`, as typed columns. */
  readonly columns: ClaimColumns;
}

/** Node index of a claim, or -1 when it is unknown or takes no part. */
export function findNodeIndex(graph: ClaimAttackGraph, claimId: string): number {
  const input = graph.index.inputIndexOf(claimId);
  return input === undefined || graph.columns.visible[input] === 0 ? -1 : input;
}

/** Node index of a claim by its number, or -1 when it is unknown or takes no part. */
export function findNodeIndexByNumber(graph: ClaimAttackGraph, claimNumber: number): number {
  const input = graph.index.inputIndexOfNumber(claimNumber);
  return input < 0 || graph.columns.visible[input] === 0 ? -1 : input;
}

/** Placed rows with repeats dropped; the reverse direction is made when first asked for. */
function finishRows(size: number, starts: Int32Array, rows: Int32Array) {
  const attackerCounts = new Int32Array(size);
  const targets = rows.subarray(0, dropRepeatedTargets(size, starts, rows, attackerCounts));
  let reverse: ReturnType<typeof reverseRows> | undefined;
  return {
    targetStart: starts,
    targets,
    attackerCounts,
    reversed: () => {
      reverse ??= reverseRows(size, starts, targets, attackerCounts);
      return reverse;
    },
  };
}

/**
 * The attack rows of nodes 0..size-1, from the first `count` edges
 * `from[e] → to[e]`, repeated edges dropped. Linear in size + count.
 */
export function buildAttackRows(size: number, from: Int32Array, to: Int32Array, count: number) {
  const starts = new Int32Array(size + 1);
  for (let e = 0; e < count; e++) starts[from[e]! + 1]!++;
  countsToStarts(starts, size);
  const rows = new Int32Array(count);
  for (let e = 0; e < count; e++) rows[starts[from[e]!]!++] = to[e]!;
  restoreStarts(starts, size);
  return { size, ...finishRows(size, starts, rows) };
}

/** The attack graph of nodes named `ids`: `buildAttackRows` with names. */
export function buildAttackGraph(
  ids: readonly string[],
  from: Int32Array,
  to: Int32Array,
  count: number,
): AttackGraph {
  const { size, targetStart, targets, attackerCounts, reversed } = buildAttackRows(
    ids.length,
    from,
    to,
    count,
  );
  return {
    size,
    ids,
    targetStart,
    targets,
    attackerCounts,
    get attackerStart() {
      return reversed().attackerStart;
    },
    get attackers() {
      return reversed().attackers;
    },
  };
}

/**
 * The attacks of a debate: every visible objection attacks its primary target
 * and the target of each of its extra links, when that target is visible.
 * Hidden, merged and withdrawn claims take no part; supports and positions
 * never attack. Targets and links naming claims not in `claims` are ignored.
 */
export function buildClaimAttackGraph(
  claims: readonly ArgumentClaim[],
  links: readonly ArgumentLink[],
): ClaimAttackGraph {
  const columns = readClaimColumns(claims);
  const { index, linkFrom, linkTo } = indexClaims(claims, links, columns);
  const { targetOfInput } = index;
  const { visible, kinds } = columns;
  const size = claims.length;
  // Count, then place, the attacks straight into rows (no edge list): first
  // each claim's primary target, then its links, in the order given.
  const starts = new Int32Array(size + 1);
  const primaryTarget = (k: number): number => {
    if (kinds[k] !== OBJECTION || visible[k] === 0) return -1;
    const target = targetOfInput[k]!;
    return target >= 0 && visible[target] === 1 ? target : -1;
  };
  for (let k = 0; k < size; k++) if (primaryTarget(k) >= 0) starts[k + 1]!++;
  for (let e = 0; e < links.length; e++) {
    const from = linkFrom[e]!;
    const to = linkTo[e]!;
    const attacks =
      from >= 0 && to >= 0 && kinds[from] === OBJECTION && visible[from] === 1 && visible[to] === 1;
    // A link that is no attack is marked so that placing need not check it again.
    if (attacks) starts[from + 1]!++;
    else linkFrom[e] = -1;
  }
  countsToStarts(starts, size);
  const rows = new Int32Array(starts[size]!);
  for (let k = 0; k < size; k++) {
    const target = primaryTarget(k);
    if (target >= 0) rows[starts[k]!++] = target;
  }
  for (let e = 0; e < links.length; e++) {
    const from = linkFrom[e]!;
    if (from >= 0) rows[starts[from]!++] = linkTo[e]!;
  }
  restoreStarts(starts, size);
  const { targetStart, targets, attackerCounts, reversed } = finishRows(size, starts, rows);
  let ids: string[] | undefined;
  return {
    size,
    targetStart,
    targets,
    attackerCounts,
    get attackerStart() {
      return reversed().attackerStart;
    },
    get attackers() {
      return reversed().attackers;
    },
    get ids() {
      ids ??= claims.map((claim) => claim.id);
      return ids;
    },
    inputClaims: claims,
    index,
    targetOfInput,
    columns,
  };
}
