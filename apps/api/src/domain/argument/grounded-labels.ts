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
  "size" | "targetStart" | "targets" | "attackerStart"
>;

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
  const { size, targetStart, targets, attackerStart } = graph;
  const labels = new Uint8Array(size);
  const liveAttackers = new Int32Array(size);
  const queue = new Int32Array(size);
  let head = 0;
  let tail = 0;

  for (let i = 0; i < size; i++) {
    const count = heldIn?.[i] ? 0 : attackerStart[i + 1]! - attackerStart[i]!;
    liveAttackers[i] = count;
    if (count === 0) {
      labels[i] = IN;
      queue[tail++] = i;
    }
  }

  while (head < tail) {
    const winner = queue[head++]!;
    const end = targetStart[winner + 1]!;
    for (let k = targetStart[winner]!; k < end; k++) {
      const loser = targets[k]!;
      if (labels[loser] !== UNDECIDED) continue;
      labels[loser] = OUT;
      const loserEnd = targetStart[loser + 1]!;
      for (let m = targetStart[loser]!; m < loserEnd; m++) {
        const freed = targets[m]!;
        if (labels[freed] !== UNDECIDED) continue;
        if (--liveAttackers[freed]! === 0) {
          labels[freed] = IN;
          queue[tail++] = freed;
        }
      }
    }
  }
  return labels;
}

/** Flags the conceded objections among the nodes of a debate graph. */
export function flagConcededObjections(graph: ClaimAttackGraph): Uint8Array {
  const { size, inputOfNode, columns } = graph;
  const { kinds, resolutions } = columns;
  const flags = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    const input = inputOfNode[i]!;
    if (kinds[input] === OBJECTION && resolutions[input] === CONCEDED) flags[i] = 1;
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
  for (let i = 0; i < graph.size; i++) labels.set(graph.ids[i]!, decodeLabel(codes[i]!));
  return labels;
}
