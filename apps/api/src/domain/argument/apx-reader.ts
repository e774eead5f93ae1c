import { ApxParseError } from "./errors.ts";

/**
 * An APX file read into indices: `args` in declaration order, and attack e
 * from `from[e]` to `to[e]` (indices into `args`), repeats kept — the attack
 * graph drops them. Made for files of millions of statements: one pass over
 * the text, no regular expression and no string key per attack.
 */
export interface IndexedFramework {
  args: string[];
  from: Int32Array;
  to: Int32Array;
  attackCount: number;
}

const SPACE = 32;
const TAB = 9;
const CR = 13;

const isBlank = (code: number) => code === SPACE || code === TAB || code === CR;

/** Letters, digits, `_` and `-`: what APX names may hold here. */
export function isApxName(name: string): boolean {
  if (name.length === 0) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const ok =
      (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
    if (!ok) return false;
  }
  return true;
}

/** The names inside `arg(…)` or `att(…)`, checked for arity and spelling. */
function readNames(inside: string, keyword: string, line: number): string[] {
  const names = inside.split(",");
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (isBlank(name.charCodeAt(0)) || isBlank(name.charCodeAt(name.length - 1)))
      names[i] = name.trim();
  }
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
  return names;
}

export function parseApxIndexed(text: string): IndexedFramework {
  // Names get a slot when first seen (an attack may come before its argument's
  // declaration); slots are renumbered in declaration order at the end.
  const slotOf = new Map<string, number>();
  const names: string[] = [];
  const declaredOn: number[] = [];
  const firstAttackOn: number[] = [];
  const declared: number[] = [];
  let from = new Int32Array(1024);
  let to = new Int32Array(1024);
  let count = 0;
  const slot = (name: string, line: number) => {
    let s = slotOf.get(name);
    if (s === undefined) {
      s = names.length;
      slotOf.set(name, s);
      names.push(name);
      declaredOn.push(0);
      firstAttackOn.push(line);
    }
    return s;
  };

  let line = 0;
  // The next "%" at or after the current line, searched again only once passed:
  // searching from every line would scan the rest of a comment-free file each time.
  let comment = -1;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const next = end + 1;
    line++;
    if (comment < start && comment !== Number.POSITIVE_INFINITY) {
      comment = text.indexOf("%", start);
      if (comment < 0) comment = Number.POSITIVE_INFINITY;
    }
    if (comment < end) end = comment;
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    if (start < end) {
      const body = text.slice(start, end);
      const keyword = body.slice(0, 3);
      let open = 3;
      while (open < body.length && isBlank(body.charCodeAt(open))) open++;
      let close = body.length;
      const hasDot = body.charCodeAt(close - 1) === 46;
      if (hasDot) close--;
      while (close > open && isBlank(body.charCodeAt(close - 1))) close--;
      if (
        (keyword !== "arg" && keyword !== "att") ||
        body.charCodeAt(open) !== 40 ||
        body.charCodeAt(close - 1) !== 41 ||
        close - 1 <= open
      ) {
        throw new ApxParseError(
          "APX_SYNTAX",
          line,
          `expected "arg(name)." or "att(name,name).", got "${body}"`,
        );
      }
      if (!hasDot) throw new ApxParseError("APX_SYNTAX", line, 'statement must end with "."');
      const parts = readNames(body.slice(open + 1, close - 1), keyword, line);
      if (keyword === "arg") {
        const s = slot(parts[0]!, line);
        if (declaredOn[s] !== 0) {
          throw new ApxParseError(
            "DUPLICATE_ARGUMENT",
            line,
            `argument "${parts[0]}" declared again (first declared on line ${declaredOn[s]})`,
          );
        }
        declaredOn[s] = line;
        declared.push(s);
      } else {
        if (count === from.length) {
          const grow = (array: Int32Array) => {
            const bigger = new Int32Array(array.length * 2);
            bigger.set(array);
            return bigger;
          };
          from = grow(from);
          to = grow(to);
        }
        from[count] = slot(parts[0]!, line);
        to[count] = slot(parts[1]!, line);
        count++;
      }
    }
    start = next;
  }

  // The first attack, in file order, that names an argument never declared.
  for (let e = 0; e < count; e++) {
    for (const s of [from[e]!, to[e]!]) {
      if (declaredOn[s] === 0) {
        // Never declared, so first seen in an attack: this one, the first to name it.
        throw new ApxParseError(
          "UNKNOWN_ARGUMENT",
          firstAttackOn[s]!,
          `attack names undeclared argument "${names[s]}"`,
        );
      }
    }
  }

  const order = new Int32Array(names.length);
  declared.forEach((s, i) => {
    order[s] = i;
  });
  for (let e = 0; e < count; e++) {
    from[e] = order[from[e]!]!;
    to[e] = order[to[e]!]!;
  }
  return { args: declared.map((s) => names[s]!), from, to, attackCount: count };
}
