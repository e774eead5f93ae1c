import {
  CLOSE,
  COMMA,
  CR,
  DOT,
  isBlank,
  isNameAt,
  LF,
  NAME_BYTE,
  OPEN,
  PERCENT,
  textAt,
} from "./apx-bytes.ts";
import { ApxParseError } from "./errors.ts";

/**
 * One line of an APX file, read into a reused `Int32Array` (nothing is made
 * per line): at KIND, ARG, ATT or NONE (a blank or comment line); from
 * FIRST_NAME and SECOND_NAME, a name's start and end in the file.
 */
export const KIND = 0;
export const FIRST_NAME = 1;
export const SECOND_NAME = 3;
export const NONE = 0;
export const ARG = 1;
export const ATT = 2;
export const newStatement = () => new Int32Array(5);

const A = 97;
const G = 103;
const R = 114;
const T = 116;

/** ARG or ATT for the keyword at `bytes[at]`, or NONE. */
function keywordAt(bytes: Uint8Array, at: number, end: number): number {
  if (end - at < 3 || bytes[at] !== A) return NONE;
  const second = bytes[at + 1];
  const third = bytes[at + 2];
  if (second === R && third === G) return ARG;
  if (second === T && third === T) return ATT;
  return NONE;
}

/**
 * The line at `at` when written plainly — `arg(name).` or `att(name,name).`,
 * then LF, CRLF or the end of the file, no blank, no comment — read in one
 * pass. Almost every line of a big file is such a
 * line. Returns where the next line starts, or -1 for any other line: that one
 * goes to `readStatement`, which reads the rest of APX and explains errors.
 */
export function readPlainStatement(bytes: Uint8Array, at: number, statement: Int32Array): number {
  const length = bytes.length;
  if (at + 4 > length || bytes[at + 3] !== OPEN) return -1;
  const kind = keywordAt(bytes, at, length);
  if (kind === NONE) return -1;
  let i = readPlainName(bytes, at + 4, statement, FIRST_NAME);
  if (kind === ATT) {
    if (i < 0 || i >= length || bytes[i] !== COMMA) return -1;
    i = readPlainName(bytes, i + 1, statement, SECOND_NAME);
  }
  if (i < 0 || i + 1 >= length || bytes[i] !== CLOSE || bytes[i + 1] !== DOT) return -1;
  i += 2;
  if (i < length && bytes[i] === CR) i++;
  if (i < length && bytes[i++] !== LF) return -1;
  statement[KIND] = kind;
  return i;
}

/** The name at `at`, stored at `field`; where it ends, or -1 if there is none. */
function readPlainName(bytes: Uint8Array, at: number, statement: Int32Array, field: number) {
  const length = bytes.length;
  let i = at;
  while (i < length && NAME_BYTE[bytes[i]!] === 1) i++;
  if (i === at) return -1;
  statement[field] = at;
  statement[field + 1] = i;
  return i;
}

/**
 * Any line at `at`, read as APX allows it (blanks around every part, CR, a
 * `%` comment) or refused with its line number. Returns where the next line starts.
 */
export function readStatement(
  bytes: Uint8Array,
  at: number,
  line: number,
  statement: Int32Array,
): number {
  let end = at;
  let comment = -1;
  for (; end < bytes.length && bytes[end] !== LF; end++) {
    if (comment < 0 && bytes[end] === PERCENT) comment = end;
  }
  const next = end + 1;
  if (comment >= 0) end = comment;
  let start = at;
  while (start < end && isBlank(bytes[start]!)) start++;
  while (end > start && isBlank(bytes[end - 1]!)) end--;
  statement[KIND] = NONE;
  if (start === end) return next;

  const kind = keywordAt(bytes, start, end);
  let open = start + 3;
  while (open < end && isBlank(bytes[open]!)) open++;
  let close = end;
  const hasDot = bytes[close - 1] === DOT;
  if (hasDot) close--;
  while (close > open && isBlank(bytes[close - 1]!)) close--;
  if (kind === NONE || bytes[open] !== OPEN || bytes[close - 1] !== CLOSE || close - 1 <= open) {
    throw new ApxParseError(
      "APX_SYNTAX",
      line,
      `expected "arg(name)." or "att(name,name).", got "${textAt(bytes, start, end)}"`,
    );
  }
  if (!hasDot) throw new ApxParseError("APX_SYNTAX", line, 'statement must end with "."');
  readNames(bytes, open + 1, close - 1, kind, line, statement);
  statement[KIND] = kind;
  return next;
}

/**
 * The names inside `arg(…)` or `att(…)` at `bytes[from, to)`, blanks trimmed,
 * checked for arity and spelling.
 */
function readNames(
  bytes: Uint8Array,
  from: number,
  to: number,
  kind: number,
  line: number,
  statement: Int32Array,
) {
  let count = 0;
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && bytes[i] !== COMMA) continue;
    let s = start;
    let e = i;
    while (s < e && isBlank(bytes[s]!)) s++;
    while (e > s && isBlank(bytes[e - 1]!)) e--;
    if (count < 2) {
      statement[FIRST_NAME + 2 * count] = s;
      statement[FIRST_NAME + 2 * count + 1] = e;
    }
    count++;
    start = i + 1;
  }
  const arity = kind === ARG ? 1 : 2;
  if (count !== arity) {
    const keyword = kind === ARG ? "arg" : "att";
    throw new ApxParseError(
      "APX_SYNTAX",
      line,
      `${keyword} takes ${arity} argument name${arity > 1 ? "s" : ""}, got ${count}`,
    );
  }
  for (let field = FIRST_NAME; field < FIRST_NAME + 2 * count; field += 2) {
    const s = statement[field]!;
    const e = statement[field + 1]!;
    if (!isNameAt(bytes, s, e)) {
      throw new ApxParseError(
        "INVALID_ARGUMENT_NAME",
        line,
        `invalid argument name "${textAt(bytes, s, e)}" (use letters, digits, "_" and "-")`,
      );
    }
  }
}
