import { textAt } from "./apx-bytes.ts";
import {
  ARG,
  ATT,
  FIRST_NAME,
  KIND,
  newStatement,
  readPlainStatement,
  readStatement,
} from "./apx-statement.ts";
import { ApxParseError } from "./errors.ts";

// The reader keeps no line number per statement: a million of them would be
// megabytes kept for an error that rarely comes. When one comes, the file is
// read again up to the statement it is about (that part read without error).

/** The line of the `index`-th statement of `kind` (ARG or ATT), and that statement. */
function findStatement(bytes: Uint8Array, kind: number, index: number) {
  const statement = newStatement();
  let seen = 0;
  let line = 0;
  for (let at = 0; at < bytes.length; ) {
    line++;
    const next = readPlainStatement(bytes, at, statement);
    at = next >= 0 ? next : readStatement(bytes, at, line, statement);
    if (statement[KIND] === kind && seen++ === index) break;
  }
  return { line, statement };
}

/** The error for declaration `index`, of the argument at `bytes[start, end)` declared `first`. */
export function declaredAgain(
  bytes: Uint8Array,
  index: number,
  first: number,
  start: number,
  end: number,
): ApxParseError {
  const line = findStatement(bytes, ARG, index).line;
  const firstLine = findStatement(bytes, ARG, first).line;
  return new ApxParseError(
    "DUPLICATE_ARGUMENT",
    line,
    `argument "${textAt(bytes, start, end)}" declared again (first declared on line ${firstLine})`,
  );
}

/** The error for attack `index`, whose `which`-th name (0 or 1) was never declared. */
export function undeclaredInAttack(bytes: Uint8Array, index: number, which: number) {
  const { line, statement } = findStatement(bytes, ATT, index);
  const field = FIRST_NAME + 2 * which;
  const name = textAt(bytes, statement[field]!, statement[field + 1]!);
  return new ApxParseError("UNKNOWN_ARGUMENT", line, `attack names undeclared argument "${name}"`);
}
