import { type ClaimIndex, indexClaims } from "./claim-index.ts";
import type { ArgumentClaim, ArgumentLink } from "./types.ts";
import { takesPart } from "./types.ts";

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

/**
 * Builds both CSR directions from the first `count` edges `from[e] → to[e]`,
 * dropping repeated edges. Linear in size + count.
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

  // Compact each row in place, keeping the first copy of every target.
  const lastRow = new Int32Array(size).fill(-1);
  const targetStart = new Int32Array(size + 1);
  let kept = 0;
  for (let i = 0; i < size; i++) {
    targetStart[i] = kept;
    const end = rowStart[i + 1]!;
    for (let k = rowStart[i]!; k < end; k++) {
      const t = rows[k]!;
      if (lastRow[t] === i) continue;
      lastRow[t] = i;
      rows[kept++] = t;
    }
  }
  targetStart[size] = kept;
  const targets = rows.slice(0, kept);

  const attackerStart = new Int32Array(size + 1);
  for (let k = 0; k < kept; k++) attackerStart[targets[k]! + 1]!++;
  for (let i = 0; i < size; i++) attackerStart[i + 1]! += attackerStart[i]!;
  const attackers = new Int32Array(kept);
  const fill = attackerStart.slice(0, size);
  for (let a = 0; a < size; a++) {
    const end = targetStart[a + 1]!;
    for (let k = targetStart[a]!; k < end; k++) attackers[fill[targets[k]!]!++] = a;
  }

  return { size, ids, targetStart, targets, attackerStart, attackers };
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
  const index = indexClaims(claims, links);
  // Every claim's primary target, resolved once: attacks and sides both use it.
  const { targetOfInput, linkFrom, linkTo } = index;
  const nodeOfInput = new Int32Array(claims.length).fill(-1);
  const inputOfNodeAll = new Int32Array(claims.length);
  const ids: string[] = [];
  const participants: ArgumentClaim[] = [];
  for (let k = 0; k < claims.length; k++) {
    const claim = claims[k]!;
    if (takesPart(claim)) {
      nodeOfInput[k] = ids.length;
      inputOfNodeAll[ids.length] = k;
      ids.push(claim.id);
      participants.push(claim);
    }
  }
  const nodeAt = (input: number): number => (input < 0 ? -1 : nodeOfInput[input]!);

  const capacity = participants.length + links.length;
  const from = new Int32Array(capacity);
  const to = new Int32Array(capacity);
  // Kept apart from the claim objects so that links do not touch them (cache misses).
  const attacks = new Uint8Array(participants.length);
  let count = 0;
  for (let i = 0; i < participants.length; i++) {
    const claim = participants[i]!;
    if (claim.kind !== "objection") continue;
    attacks[i] = 1;
    const target = nodeAt(targetOfInput[inputOfNodeAll[i]!]!);
    if (target < 0) continue;
    from[count] = i;
    to[count] = target;
    count++;
  }
  for (let e = 0; e < links.length; e++) {
    const source = nodeAt(linkFrom[e]!);
    if (source < 0 || attacks[source] === 0) continue;
    const target = nodeAt(linkTo[e]!);
    if (target < 0) continue;
    from[count] = source;
    to[count] = target;
    count++;
  }

  return {
    ...buildAttackGraph(ids, from, to, count),
    claims: participants,
    inputClaims: claims,
    index,
    nodeOfInput,
    inputOfNode: inputOfNodeAll.slice(0, ids.length),
    targetOfInput,
  };
}
