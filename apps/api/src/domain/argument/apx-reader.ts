import { ApxNames, grow } from "./apx-names.ts";
import { ApxParseError } from "./errors.ts";

/**
 * An APX file read into indices: `args` in declaration order, and attack e
 * from `from[e]` to `to[e]` (indices into `args`), repeats kept — the attack
 * graph drops them. Made for files of millions of statements: one pass over
 * the text, no regular expression and no string per line or per attack.
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
  return isApxNameAt(name, 0, name.length);
}

/** The same for `text[start, end)`, without making the string. */
function isApxNameAt(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const ok =
      (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
    if (!ok) return false;
  }
  return true;
}

const COMMA = 44;

/** Where the names of the statement being read start and end: reused, not made per line. */
const bounds = new Int32Array(4);

/**
 * The names inside `arg(…)` or `att(…)` at `text[from, to)`, as [start, end)
 * pairs in `bounds` with blanks trimmed, checked for arity and spelling.
 */
function readNames(text: string, from: number, to: number, keyword: string, line: number) {
  let count = 0;
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text.charCodeAt(i) !== COMMA) continue;
    let s = start;
    let e = i;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (count < 2) {
      bounds[2 * count] = s;
      bounds[2 * count + 1] = e;
    }
    count++;
    start = i + 1;
  }
  const arity = keyword === "arg" ? 1 : 2;
  if (count !== arity) {
    throw new ApxParseError(
      "APX_SYNTAX",
      line,
      `${keyword} takes ${arity} argument name${arity > 1 ? "s" : ""}, got ${count}`,
    );
  }
  for (let k = 0; k < 2 * count; k += 2) {
    if (isApxNameAt(text, bounds[k]!, bounds[k + 1]!)) continue;
    throw new ApxParseError(
      "INVALID_ARGUMENT_NAME",
      line,
      `invalid argument name "${text.slice(bounds[k], bounds[k + 1])}" (use letters, digits, "_" and "-")`,
    );
  }
}

/** "arg" or "att" at `text[at]`, or null. */
function keywordAt(text: string, at: number, end: number): "arg" | "att" | null {
  if (end - at < 3 || text.charCodeAt(at) !== 97) return null;
  const second = text.charCodeAt(at + 1);
  const third = text.charCodeAt(at + 2);
  if (second === 114 && third === 103) return "arg";
  if (second === 116 && third === 116) return "att";
  return null;
}

function countLines(text: string): number {
  let lines = 1;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) lines++;
  return lines;
}

export function parseApxIndexed(text: string): IndexedFramework {
  // Names get a slot when first seen (an attack may come before its argument's
  // declaration); slots are renumbered in declaration order at the end. The
  // scan works on offsets into the text: no string per line or per name.
  // Sized once from the number of lines (an upper bound on statements), so
  // that a big file is not copied again and again while the arrays grow. Names
  // are guessed at half the statements: every argument is declared once, and
  // files hold about as many attacks as arguments or more.
  const statements = countLines(text);
  const names = new ApxNames(text, statements >> 1);
  let declaredOn = new Int32Array(Math.max(1024, statements >> 1));
  let firstAttackOn = new Int32Array(declaredOn.length);
  const declared: number[] = [];
  let from = new Int32Array(Math.max(1024, statements));
  let to = new Int32Array(from.length);
  let count = 0;
  const slot = (start: number, end: number, line: number) => {
    const known = names.count;
    const s = names.slot(start, end);
    if (s === known) {
      if (s === declaredOn.length) {
        declaredOn = grow(declaredOn);
        firstAttackOn = grow(firstAttackOn);
      }
      declaredOn[s] = 0;
      firstAttackOn[s] = line;
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
      const keyword = keywordAt(text, start, end);
      let open = start + 3;
      while (open < end && isBlank(text.charCodeAt(open))) open++;
      let close = end;
      const hasDot = text.charCodeAt(close - 1) === 46;
      if (hasDot) close--;
      while (close > open && isBlank(text.charCodeAt(close - 1))) close--;
      if (
        keyword === null ||
        text.charCodeAt(open) !== 40 ||
        text.charCodeAt(close - 1) !== 41 ||
        close - 1 <= open
      ) {
        throw new ApxParseError(
          "APX_SYNTAX",
          line,
          `expected "arg(name)." or "att(name,name).", got "${text.slice(start, end)}"`,
        );
      }
      if (!hasDot) throw new ApxParseError("APX_SYNTAX", line, 'statement must end with "."');
      readNames(text, open + 1, close - 1, keyword, line);
      if (keyword === "arg") {
        const s = slot(bounds[0]!, bounds[1]!, line);
        if (declaredOn[s] !== 0) {
          throw new ApxParseError(
            "DUPLICATE_ARGUMENT",
            line,
            `argument "${names.name(s)}" declared again (first declared on line ${declaredOn[s]})`,
          );
        }
        declaredOn[s] = line;
        declared.push(s);
      } else {
        if (count === from.length) {
          from = grow(from);
          to = grow(to);
        }
        from[count] = slot(bounds[0]!, bounds[1]!, line);
        to[count] = slot(bounds[2]!, bounds[3]!, line);
        count++;
      }
    }
    start = next;
  }

  // The first attack, in file order, that names an argument never declared.
  for (let k = 0; k < 2 * count; k++) {
    const s = k % 2 === 0 ? from[k >> 1]! : to[k >> 1]!;
    if (declaredOn[s] === 0) {
      // Never declared, so first seen in an attack: this one, the first to name it.
      throw new ApxParseError(
        "UNKNOWN_ARGUMENT",
        firstAttackOn[s]!,
        `attack names undeclared argument "${names.name(s)}"`,
      );
    }
  }

  const order = new Int32Array(names.count);
  declared.forEach((s, i) => {
    order[s] = i;
  });
  for (let e = 0; e < count; e++) {
    from[e] = order[from[e]!]!;
    to[e] = order[to[e]!]!;
  }
  return { args: declared.map((s) => names.name(s)), from, to, attackCount: count };
}
