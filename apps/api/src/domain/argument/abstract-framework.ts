import type { IndexedFramework } from "./apx-reader.ts";
import { buildAttackGraph, buildAttackRows } from "./attack-graph.ts";
import { ArgumentError } from "./errors.ts";
import { decodeLabel, labelGroundedIndexed } from "./grounded-labels.ts";
import type { Label } from "./types.ts";

/** A Dung abstract argumentation framework: arguments and attacks `[attacker, attacked]`. */
export interface AbstractFramework {
  args: string[];
  attacks: [string, string][];
}

/**
 * Grounded labelling of an abstract framework, with the same core as debates.
 * Throws on a repeated argument or an attack naming an unknown argument.
 */
export function labelAbstractFramework(
  args: readonly string[],
  attacks: readonly (readonly [string, string])[],
): Map<string, Label> {
  const indexById = new Map<string, number>();
  for (const arg of args) {
    if (indexById.has(arg)) {
      throw new ArgumentError("DUPLICATE_ARGUMENT", `argument "${arg}" appears twice`);
    }
    indexById.set(arg, indexById.size);
  }
  const from = new Int32Array(attacks.length);
  const to = new Int32Array(attacks.length);
  attacks.forEach(([attacker, attacked], e) => {
    for (const name of [attacker, attacked]) {
      if (!indexById.has(name)) {
        throw new ArgumentError("UNKNOWN_ARGUMENT", `attack names unknown argument "${name}"`);
      }
    }
    from[e] = indexById.get(attacker)!;
    to[e] = indexById.get(attacked)!;
  });

  const codes = labelGroundedIndexed(buildAttackGraph(args, from, to, attacks.length));
  const labels = new Map<string, Label>();
  args.forEach((arg, i) => {
    labels.set(arg, decodeLabel(codes[i]!));
  });
  return labels;
}

/** Grounded label codes (IN, OUT, UNDECIDED) of a framework read into indices: code i is argument i's. */
export function labelIndexedFrameworkCodes(framework: IndexedFramework): Uint8Array {
  const { argCount, from, to, attackCount } = framework;
  return labelGroundedIndexed(buildAttackRows(argCount, from, to, attackCount));
}

/** Grounded labels of a framework already read into indices: label i is `args[i]`'s. */
export function labelIndexedFramework(framework: IndexedFramework): Label[] {
  const codes = labelIndexedFrameworkCodes(framework);
  // A plain loop: Array.from with a mapping function over a typed array took
  // ~150 ms at 10^6 labels, as long as the labelling itself.
  const labels = new Array<Label>(codes.length);
  for (let i = 0; i < codes.length; i++) labels[i] = decodeLabel(codes[i]!);
  return labels;
}
