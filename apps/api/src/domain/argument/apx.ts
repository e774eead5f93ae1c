import type { AbstractFramework } from "./abstract-framework.ts";
import { isApxName, parseApxIndexed } from "./apx-reader.ts";
import { ArgumentError } from "./errors.ts";

export { isApxName, parseApxIndexed };

/**
 * APX, the ICCMA solver format: one statement per line, `arg(a).` declares an
 * argument and `att(a,b).` says a attacks b; `%` starts a comment. Names here
 * are letters, digits, `_` and `-`. Repeated attacks are listed once.
 */
export function parseApx(text: string): AbstractFramework {
  const { args, from, to, attackCount } = parseApxIndexed(text);
  const seen = new Set<number>();
  const attacks: [string, string][] = [];
  for (let e = 0; e < attackCount; e++) {
    const key = from[e]! * args.length + to[e]!;
    if (seen.has(key)) continue;
    seen.add(key);
    attacks.push([args[from[e]!]!, args[to[e]!]!]);
  }
  return { args, attacks };
}

export function formatApx(
  args: readonly string[],
  attacks: readonly (readonly [string, string])[],
): string {
  const declared = new Set<string>();
  for (const arg of args) {
    if (!isApxName(arg)) {
      throw new ArgumentError("INVALID_ARGUMENT_NAME", `"${arg}" is not a valid APX name`);
    }
    if (declared.has(arg)) {
      throw new ArgumentError("DUPLICATE_ARGUMENT", `argument "${arg}" appears twice`);
    }
    declared.add(arg);
  }
  for (const [attacker, attacked] of attacks) {
    for (const name of [attacker, attacked]) {
      if (!declared.has(name)) {
        throw new ArgumentError("UNKNOWN_ARGUMENT", `attack names unknown argument "${name}"`);
      }
    }
  }
  const lines = [
    ...args.map((arg) => `arg(${arg}).`),
    ...attacks.map(([attacker, attacked]) => `att(${attacker},${attacked}).`),
  ];
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
