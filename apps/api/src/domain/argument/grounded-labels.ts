import type { AttackGraph, ClaimAttackGraph } from "./attack-graph.ts";
import { buildClaimAttackGraph } from "./attack-graph.ts";
import { CONCEDED, OBJECTION } from "./claim-columns.ts";
import type { ArgumentClaim, ArgumentLink, Label } from "./types.ts";

/** Label codes used by the index-based core (a `Uint8Array` per node). */
export const UNDECIDED = 0;
export const IN = 1;
export const OUT = 2;
export type LabelCode = typeof UNDECIDED | typeof IN | typeof OUT;

const LABEL_OF_CODE: readonly Label[] = ["undecided", "in", "out"];

export function decodeLabel(code: number): Label {
  return LABEL_OF_CODE[code] ?? "undecided";
}

export type LabellingGraph = Pick<
  AttackGraph,
  "size" | "targetStart" | "targets" | "attackerCounts"
>;

// While labelling, one word per node: a positive number is an undecided
// node's count of attackers not yet out; labelled nodes hold these. One array,
// not a label array and a count array, so each visit costs one memory miss.
const IS_IN = -1;
const IS_OUT = -2;

/**
 * Grounded labelling (Dung 1995, in Caminada's labelling form) of an attack
 * graph, in time linear in nodes + attacks and without recursion.
 *
 * A worklist holds nodes just labelled `in`; every node they attack becomes
 * `out`, and each newly `out` node lowers the count of not-yet-out attackers
 * of its own targets; a node whose count reaches zero is `in`. What is never
 * reached stays `undecided`. Nodes flagged in `heldIn` are `in` from the
 * start and are treated as having no attackers.
 */
export function labelGroundedIndexed(graph: LabellingGraph, heldIn?: Uint8Array): Uint8Array {
  const { size, targetStart, targets, attackerCounts } = graph;
  const state = new Int32Array(size);
  const queue = new Int32Array(size);
  let head = 0;
  let tail = 0;

  for (let i = 0; i < size; i++) {
    const count = heldIn?.[i] ? 0 : attackerCounts[i]!;
    if (count === 0) {
      state[i] = IS_IN;
      queue[tail++] = i;
    } else {
      state[i] = count;
    }
  }

  while (head < tail) {
    const winner = queue[head++]!;
    const end = targetStart[winner + 1]!;
    for (let k = targetStart[winner]!; k < end; k++) {
      const loser = targets[k]!;
      if (state[loser]! < 0) continue;
      state[loser] = IS_OUT;
      const loserEnd = targetStart[loser + 1]!;
      for (let m = targetStart[loser]!; m < loserEnd; m++) {
        const freed = targets[m]!;
        const live = state[freed]!;
        if (live < 0) continue;
        if (live === 1) {
          state[freed] = IS_IN;
          queue[tail++] = freed;
        } else {
          state[freed] = live - 1;
        }
      }
    }
  }

  // Callers keep the labels: a byte per node, not the working word.
  const labels = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    const s = state[i]!;
    labels[i] = s === IS_IN ? IN : s === IS_OUT ? OUT : UNDECIDED;
  }
  return labels;
}

/** Flags the conceded objections among the nodes of a debate graph. */
export function flagConcededObjections(graph: ClaimAttackGraph): Uint8Array {
  const { size, columns } = graph;
  const { kinds, resolutions } = columns;
  const flags = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    if (kinds[i] === OBJECTION && resolutions[i] === CONCEDED) flags[i] = 1;
  }
  return flags;
}

/**
 * The grounded label of every claim that takes part (visible claims). A
 * conceded objection is held `in` whatever attacks it.
 */
export function computeGroundedLabels(
  claims: readonly ArgumentClaim[],
  links: readonly ArgumentLink[],
): Map<string, Label> {
  const graph = buildClaimAttackGraph(claims, links);
  const codes = labelGroundedIndexed(graph, flagConcededObjections(graph));
  const labels = new Map<string, Label>();
  const { visible } = graph.columns;
  for (let i = 0; i < graph.size; i++) {
    if (visible[i] === 1) labels.set(claims[i]!.id, decodeLabel(codes[i]!));
  }
  return labels;
}
