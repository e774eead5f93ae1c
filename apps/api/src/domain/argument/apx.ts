import type { AbstractFramework } from "./abstract-framework.ts";
import { ApxParseError, ArgumentError } from "./errors.ts";

/**
 * APX, the ICCMA solver format: one statement per line, `arg(a).` declares an
 * argument and `att(a,b).` says a attacks b; `%` starts a comment. Names here
 * are letters, digits, `_` and `-`.
 */
const NAME = /^[A-Za-z0-9_-]+$/;
const STATEMENT = /^(arg|att)\s*\((.*)\)\s*(\.?)$/;

export function isApxName(name: string): boolean {
  return NAME.test(name);
}

export function parseApx(text: string): AbstractFramework {
  const declaredOn = new Map<string, number>();
  const seenAttacks = new Set<string>();
  const pending: { attack: [string, string]; line: number }[] = [];

  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const body = raw.replace(/%.*$/, "").trim();
    if (body === "") return;
    const match = STATEMENT.exec(body);
    if (!match) {
      throw new ApxParseError(
        "APX_SYNTAX",
        line,
        `expected "arg(name)." or "att(name,name).", got "${body}"`,
      );
    }
    const [, keyword, inside = "", dot] = match;
    if (dot !== ".") throw new ApxParseError("APX_SYNTAX", line, 'statement must end with "."');
    const names = inside.split(",").map((name) => name.trim());
    const arity = keyword === "arg" ? 1 : 2;
    if (names.length !== arity) {
      throw new ApxParseError(
        "APX_SYNTAX",
        line,
        `${keyword} takes ${arity} argument name${arity > 1 ? "s" : ""}, got ${names.length}`,
      );
    }
    for (const name of names) {
      if (!isApxName(name)) {
        throw new ApxParseError(
          "INVALID_ARGUMENT_NAME",
          line,
          `invalid argument name "${name}" (use letters, digits, "_" and "-")`,
        );
      }
    }
    if (keyword === "arg") {
      const name = names[0]!;
      const first = declaredOn.get(name);
      if (first !== undefined) {
        throw new ApxParseError(
          "DUPLICATE_ARGUMENT",
          line,
          `argument "${name}" declared again (first declared on line ${first})`,
        );
      }
      declaredOn.set(name, line);
      return;
    }
    const attack: [string, string] = [names[0]!, names[1]!];
    const key = `${attack[0]},${attack[1]}`;
    if (seenAttacks.has(key)) return;
    seenAttacks.add(key);
    pending.push({ attack, line });
  });

  for (const { attack, line } of pending) {
    for (const name of attack) {
      if (!declaredOn.has(name)) {
        throw new ApxParseError(
          "UNKNOWN_ARGUMENT",
          line,
          `attack names undeclared argument "${name}"`,
        );
      }
    }
  }
  return { args: [...declaredOn.keys()], attacks: pending.map(({ attack }) => attack) };
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
