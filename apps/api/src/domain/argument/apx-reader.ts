import { ApxNames, grow } from "./apx-names.ts";
import {
  ARG,
  FIRST_NAME,
  KIND,
  NONE,
  newStatement,
  readPlainStatement,
  readStatement,
} from "./apx-statement.ts";
import { ApxParseError } from "./errors.ts";

export { isApxName } from "./apx-bytes.ts";

/**
 * An APX file read into indices: `args` in declaration order, and attack e
 * from `from[e]` to `to[e]` (indices into `args`), repeats kept — the attack
 * graph drops them. Made for files of millions of statements: one pass over
 * the bytes, no regular expression and no string per line or per attack.
 */
export interface IndexedFramework {
  args: string[];
  from: Int32Array;
  to: Int32Array;
  attackCount: number;
}

/** Statements whose names are looked up together (see `ApxNames.slotsOf`). */
const CHUNK = 256;

/**
 * Reads APX from the file's bytes (UTF-8; names are ASCII) or from text,
 * which is encoded once and read the same way.
 */
export function parseApxIndexed(input: Uint8Array | string): IndexedFramework {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  // Names get a slot when first seen (an attack may come before its argument's
  // declaration); slots are renumbered in declaration order at the end. Arrays
  // are sized from the file's length — a statement takes 12 to 40 bytes, a
  // name appears about three times — and double when the guess is short.
  const names = new ApxNames(bytes, bytes.length >> 7);
  let declaredOn = new Int32Array(Math.max(1024, bytes.length >> 7));
  let firstAttackOn = new Int32Array(declaredOn.length);
  let declared = new Int32Array(declaredOn.length);
  let declaredCount = 0;
  let from = new Int32Array(Math.max(1024, Math.floor(bytes.length / 24)));
  let to = new Int32Array(from.length);
  let count = 0;

  // The statements of the current chunk: kind and line each, and the
  // (start, end, hash) of their names in file order.
  const kinds = new Int32Array(CHUNK);
  const lines = new Int32Array(CHUNK);
  const chunkNames = new Int32Array(2 * 3 * CHUNK);
  const slots = new Int32Array(2 * CHUNK);
  let statements = 0;
  let nameCount = 0;
  let seen = 0;
  const slotAt = (k: number, line: number) => {
    const s = slots[k]!;
    // Slots are numbered in order of first appearance: a slot not seen yet is this one.
    if (s === seen) {
      if (s === declaredOn.length) {
        declaredOn = grow(declaredOn);
        firstAttackOn = grow(firstAttackOn);
      }
      declaredOn[s] = 0;
      firstAttackOn[s] = line;
      seen++;
    }
    return s;
  };
  const flush = () => {
    names.slotsOf(chunkNames, nameCount, slots);
    for (let j = 0, k = 0; j < statements; j++) {
      const line = lines[j]!;
      if (kinds[j] === ARG) {
        const s = slotAt(k++, line);
        if (declaredOn[s] !== 0) {
          throw new ApxParseError(
            "DUPLICATE_ARGUMENT",
            line,
            `argument "${names.name(s)}" declared again (first declared on line ${declaredOn[s]})`,
          );
        }
        declaredOn[s] = line;
        if (declaredCount === declared.length) declared = grow(declared);
        declared[declaredCount++] = s;
      } else {
        if (count === from.length) {
          from = grow(from);
          to = grow(to);
        }
        from[count] = slotAt(k++, line);
        to[count] = slotAt(k++, line);
        count++;
      }
    }
    statements = 0;
    nameCount = 0;
  };

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
        flush(); // an error on an earlier line is reported first
        throw error;
      }
    }
    const kind = statement[KIND]!;
    if (kind === NONE) continue;
    kinds[statements] = kind;
    lines[statements++] = line;
    const nameTotal = kind === ARG ? 1 : 2;
    for (let i = 0; i < 3 * nameTotal; i++)
      chunkNames[3 * nameCount + i] = statement[FIRST_NAME + i]!;
    nameCount += nameTotal;
    if (statements === CHUNK) flush();
  }
  flush();

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
  for (let i = 0; i < declaredCount; i++) order[declared[i]!] = i;
  for (let e = 0; e < count; e++) {
    from[e] = order[from[e]!]!;
    to[e] = order[to[e]!]!;
  }
  const args = names.names(declared.subarray(0, declaredCount));
  return { args, from, to, attackCount: count };
}
