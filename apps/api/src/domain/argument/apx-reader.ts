import { textAt } from "./apx-bytes.ts";
import { declaredAgain, undeclaredInAttack } from "./apx-error-lines.ts";
import { ApxNameIds } from "./apx-name-ids.ts";
import { grow } from "./apx-name-table.ts";
import {
  ARG,
  FIRST_NAME,
  KIND,
  NONE,
  newStatement,
  readPlainStatement,
  readStatement,
  SECOND_NAME,
} from "./apx-statement.ts";

export { isApxName } from "./apx-bytes.ts";

/**
 * An APX file read into indices: `argCount` arguments in declaration order,
 * and attack e from `from[e]` to `to[e]` (indices of arguments), repeats kept
 * — the attack graph drops them. Made for files of millions of statements:
 * one pass over the bytes, no regular expression and no string or object per
 * line, per name or per attack.
 */
export interface IndexedFramework {
  /**
   * The argument names, in declaration order. Made on first read: a million
   * strings cost more than reading the file, and what prints the names can
   * copy their bytes instead (`nameStart`).
   */
  readonly args: string[];
  readonly argCount: number;
  /** Argument i's name is `bytes[nameStart[i], nameEnd[i])`, ASCII only. */
  readonly bytes: Uint8Array;
  readonly nameStart: Int32Array;
  readonly nameEnd: Int32Array;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly attackCount: number;
}

/**
 * Reads APX from the file's bytes (UTF-8; names are ASCII) or from text,
 * which is encoded once and read the same way.
 */
export function parseApxIndexed(input: Uint8Array | string): IndexedFramework {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  // Each loop over the file or its attacks is a function of its own: they
  // run once per file, so V8 compiles them while they run (on-stack
  // replacement), and a loop that shares its function with the next leaves
  // that compiled code, and the next loop starts again in the interpreter.
  const read = readStatements(bytes);
  const { ids, from, to, attackCount, argCount } = read;
  resolveAttacks(bytes, ids, from, to, attackCount);
  const nameStart = read.nameStart.subarray(0, argCount);
  const nameEnd = read.nameEnd.subarray(0, argCount);
  let args: string[] | undefined;
  return {
    get args() {
      args ??= namesAt(bytes, nameStart, nameEnd);
      return args;
    },
    argCount,
    bytes,
    nameStart,
    nameEnd,
    from,
    to,
    attackCount,
  };
}

/**
 * Every statement of the file, in one pass: each declaration's name, and
 * each attack as the ids (apx-name-ids.ts) of its two names.
 */
function readStatements(bytes: Uint8Array) {
  // Arrays are sized from the file's length — an argument takes 12 to 40
  // bytes, an attack 15 to 40 — and double when the guess is short.
  const ids = new ApxNameIds(bytes, bytes.length >> 6);
  let nameStart = new Int32Array(Math.max(1024, bytes.length >> 6));
  let nameEnd = new Int32Array(nameStart.length);
  let argCount = 0;
  let from = new Int32Array(Math.max(1024, bytes.length >> 5));
  let to = new Int32Array(from.length);
  let attackCount = 0;

  const statement = newStatement();
  let line = 0;
  for (let at = 0; at < bytes.length; ) {
    line++;
    const next = readPlainStatement(bytes, at, statement);
    if (next >= 0) {
      at = next;
    } else {
      try {
        at = readStatement(bytes, at, line, statement);
      } catch (error) {
        // The names waiting for a lookup come first: one may be declared again.
        ids.flush(from, to);
        throw error;
      }
    }
    const kind = statement[KIND]!;
    if (kind === NONE) continue;
    let start = statement[FIRST_NAME]!;
    let end = statement[FIRST_NAME + 1]!;
    if (kind === ARG) {
      const number = ids.numberOf(start, end);
      if (number < 0) {
        if (ids.wait(start, end, -1 - argCount)) ids.flush(from, to);
      } else {
        const first = ids.declarationOf(number);
        if (first >= 0) {
          ids.flush(from, to);
          throw declaredAgain(bytes, argCount, first, start, end);
        }
        ids.declare(number, argCount);
      }
      if (argCount === nameStart.length) {
        nameStart = grow(nameStart);
        nameEnd = grow(nameEnd);
      }
      nameStart[argCount] = start;
      nameEnd[argCount++] = end;
      continue;
    }
    if (attackCount === from.length) {
      from = grow(from);
      to = grow(to);
    }
    for (let side = 0; side < 2; side++) {
      const number = ids.numberOf(start, end);
      if (number >= 0) (side === 0 ? from : to)[attackCount] = number;
      else if (ids.wait(start, end, 2 * attackCount + side)) ids.flush(from, to);
      start = statement[SECOND_NAME]!;
      end = statement[SECOND_NAME + 1]!;
    }
    attackCount++;
  }
  ids.flush(from, to);
  return { ids, nameStart, nameEnd, argCount, from, to, attackCount };
}

/**
 * Turns the attacks' ids into declaration indices, in place; refuses the
 * first attack, in file order, that names an argument never declared.
 */
function resolveAttacks(
  bytes: Uint8Array,
  ids: ApxNameIds,
  from: Int32Array,
  to: Int32Array,
  attackCount: number,
) {
  for (let e = 0; e < attackCount; e++) {
    const attacker = ids.declarationOf(from[e]!);
    const attacked = ids.declarationOf(to[e]!);
    if (attacker < 0 || attacked < 0) throw undeclaredInAttack(bytes, e, attacker < 0 ? 0 : 1);
    from[e] = attacker;
    to[e] = attacked;
  }
}

/**
 * The names at `bytes[start[k], end[k])`. Decoded together: their bytes are
 * copied side by side and decoded once, then sliced, because one decoder call
 * per name would cost more than the rest of reading the file.
 */
function namesAt(bytes: Uint8Array, start: Int32Array, end: Int32Array): string[] {
  let total = 0;
  for (let k = 0; k < start.length; k++) total += end[k]! - start[k]!;
  const packed = new Uint8Array(total);
  const ends = new Int32Array(start.length);
  let at = 0;
  for (let k = 0; k < start.length; k++) {
    for (let i = start[k]!; i < end[k]!; i++) packed[at++] = bytes[i]!;
    ends[k] = at;
  }
  // Names hold ASCII only (checked when read): one byte, one character.
  const text = textAt(packed, 0, total);
  const names = new Array<string>(start.length);
  for (let k = 0, from = 0; k < start.length; from = ends[k]!, k++) {
    names[k] = text.slice(from, ends[k]);
  }
  return names;
}
