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
  /** Attacks received by node i: `attackers[attackerStart[i] .. attackerStart[i + 1])`. */
  readonly attackerStart: Int32Array;
  readonly attackers: Int32Array;
}

/** The attack graph of a debate; node i is `claims[i]`, a claim that takes part. */
export interface ClaimAttackGraph extends AttackGraph {
  /** Node index → claim (made on first use, like `ids`: the status needs neither). */
  readonly claims: readonly ArgumentClaim[];
  /** Every claim given, those that take no part included (sides need them). */
  readonly inputClaims: readonly ArgumentClaim[];
  /** Claim id or number → index in `inputClaims`. */
  readonly index: ClaimIndex;
  /** Index in `inputClaims` → node index, or -1 for a claim that takes no part. */
  readonly nodeOfInput: Int32Array;
  /** Node index → index in `inputClaims`. */
  readonly inputOfNode: Int32Array;
  /** Index in `inputClaims` → index of its primary target there, or -1 (none, or unknown). */
  readonly targetOfInput: Int32Array;
  /** Kinds, visibility and resolutions of `inputClaims`, as typed columns. */
  readonly columns: ClaimColumns;
}

/** Node index of a claim, or -1 when it is unknown or takes no part. */
export function findNodeIndex(graph: ClaimAttackGraph, claimId: string): number {
  const input = graph.index.inputIndexOf(claimId);
  return input === undefined ? -1 : graph.nodeOfInput[input]!;
}

/** Node index of a claim by its number, or -1 when it is unknown or takes no part. */
export function findNodeIndexByNumber(graph: ClaimAttackGraph, claimNumber: number): number {
  const input = graph.index.inputIndexOfNumber(claimNumber);
  return input < 0 ? -1 : graph.nodeOfInput[input]!;
}

type Csr = Omit<AttackGraph, "ids">;

/**
 * Finishes a CSR graph whose rows are filled (`rows[rowStart[i] .. rowStart[i + 1])`
 * are node i's targets, repeats allowed): drops repeated targets in place and
 * builds the reverse direction. `scratch` is any Int32Array of `size` to reuse.
 */
function finishCsr(size: number, rowStart: Int32Array, rows: Int32Array, scratch: Int32Array): Csr {
  // Compact each row in place, keeping the first copy of every target.
  const lastRow = scratch.fill(-1);
  const targetStart = rowStart;
  let kept = 0;
  let rowBegin = 0;
  for (let i = 0; i < size; i++) {
    const end = rowStart[i + 1]!;
    targetStart[i] = kept;
    for (let k = rowBegin; k < end; k++) {
      const t = rows[k]!;
      if (lastRow[t] === i) continue;
      lastRow[t] = i;
      rows[kept++] = t;
    }
    rowBegin = end;
  }
  targetStart[size] = kept;
  const targets = rows.subarray(0, kept);

  const attackerStart = new Int32Array(size + 1);
  for (let k = 0; k < kept; k++) attackerStart[targets[k]! + 1]!++;
  for (let i = 0; i < size; i++) attackerStart[i + 1]! += attackerStart[i]!;
  const attackers = new Int32Array(kept);
  const fill = scratch;
  fill.set(attackerStart.subarray(0, size));
  for (let a = 0; a < size; a++) {
    const end = targetStart[a + 1]!;
    for (let k = targetStart[a]!; k < end; k++) attackers[fill[targets[k]!]!++] = a;
  }
  return { size, targetStart, targets, attackerStart, attackers };
}

/**
 * The attack graph of nodes named `ids`, from the first `count` edges
 * `from[e] → to[e]`, repeated edges dropped. Linear in size + count.
 */
export function buildAttackGraph(
  ids: readonly string[],
  from: Int32Array,
  to: Int32Array,
  count: number,
): AttackGraph {
  const size = ids.length;
  const rowStart = new Int32Array(size + 1);
  for (let e = 0; e < count; e++) rowStart[from[e]! + 1]!++;
  for (let i = 0; i < size; i++) rowStart[i + 1]! += rowStart[i]!;
  const rows = new Int32Array(count);
  const cursor = rowStart.slice(0, size);
  for (let e = 0; e < count; e++) rows[cursor[from[e]!]!++] = to[e]!;
  return { ...finishCsr(size, rowStart, rows, cursor), ids };
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
  // Every claim's primary target, resolved once: attacks and sides both use it.
  const { targetOfInput } = index;
  const { visible, kinds } = columns;
  const nodeOfInput = new Int32Array(claims.length).fill(-1);
  const inputOfNodeAll = new Int32Array(claims.length);
  let size = 0;
  for (let k = 0; k < claims.length; k++) {
    if (visible[k] === 0) continue;
    nodeOfInput[k] = size;
    inputOfNodeAll[size++] = k;
  }
  const inputOfNode = inputOfNodeAll.subarray(0, size);
  const nodeAt = (input: number): number => (input < 0 ? -1 : nodeOfInput[input]!);

  // Count, then place, the attacks straight into CSR rows instead of building
  // an edge list first: at 10^6 claims the edge arrays alone were 18 MB per status.
  const rowStart = new Int32Array(size + 1);
  const primaryTarget = (node: number): number => {
    const input = inputOfNode[node]!;
    return kinds[input] === OBJECTION ? nodeAt(targetOfInput[input]!) : -1;
  };
  for (let i = 0; i < size; i++) if (primaryTarget(i) >= 0) rowStart[i + 1]!++;
  // A link attacks when its source is a visible objection and its target visible.
  const linkSource = (e: number): number => {
    const input = linkFrom[e]!;
    return kinds[input] === OBJECTION ? nodeAt(input) : -1;
  };
  for (let e = 0; e < links.length; e++) {
    const source = linkSource(e);
    if (source >= 0 && nodeAt(linkTo[e]!) >= 0) rowStart[source + 1]!++;
  }
  for (let i = 0; i < size; i++) rowStart[i + 1]! += rowStart[i]!;
  const rows = new Int32Array(rowStart[size]!);
  const cursor = rowStart.slice(0, size);
  for (let i = 0; i < size; i++) {
    const target = primaryTarget(i);
    if (target >= 0) rows[cursor[i]!++] = target;
  }
  for (let e = 0; e < links.length; e++) {
    const source = linkSource(e);
    const target = source < 0 ? -1 : nodeAt(linkTo[e]!);
    if (target >= 0) rows[cursor[source]!++] = target;
  }
  const csr = finishCsr(size, rowStart, rows, cursor);
  let ids: string[] | undefined;
  let participants: ArgumentClaim[] | undefined;
  return {
    size,
    targetStart: csr.targetStart,
    targets: csr.targets,
    attackerStart: csr.attackerStart,
    attackers: csr.attackers,
    get ids() {
      ids ??= Array.from(inputOfNode, (input) => claims[input]!.id);
      return ids;
    },
    get claims() {
      participants ??= Array.from(inputOfNode, (input) => claims[input]!);
      return participants;
    },
    inputClaims: claims,
    index,
    nodeOfInput,
    inputOfNode,
    targetOfInput,
    columns,
  };
}
