// Splits a migration script into statements at the semicolons that end them.
// adapter-pg's own executeScript splits at every ";", which cuts function
// bodies and DO blocks ($$ … $$) apart; this skips semicolons inside quotes,
// quoted identifiers, dollar-quoted bodies and comments.

/** The statements of a SQL script, trimmed, without empty ones. */
export function splitSqlStatements(script: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let index = 0;
  while (index < script.length) {
    const end = endOfQuotedPart(script, index);
    if (end > index) {
      index = end;
      continue;
    }
    if (script[index] === ";") {
      statements.push(script.slice(start, index));
      start = index + 1;
    }
    index += 1;
  }
  statements.push(script.slice(start));
  return statements.map((statement) => statement.trim()).filter(isStatement);
}

/** A piece with something besides comments in it. */
function isStatement(piece: string): boolean {
  return piece.replace(/--[^\n]*/g, "").trim().length > 0;
}

/** If a quoted part or comment starts at `index`, the index just past it; else `index`. */
function endOfQuotedPart(script: string, index: number): number {
  const char = script[index];
  if (char === "'" || char === '"') return closingIndex(script, char, index + 1);
  if (script.startsWith("--", index)) return closingIndex(script, "\n", index + 2);
  if (script.startsWith("/*", index)) return closingIndex(script, "*/", index + 2);
  if (char === "$") {
    const tag = /^\$[A-Za-z_]*\$/.exec(script.slice(index))?.[0];
    if (tag) return closingIndex(script, tag, index + tag.length);
  }
  return index;
}

function closingIndex(script: string, closer: string, from: number): number {
  const found = script.indexOf(closer, from);
  return found === -1 ? script.length : found + closer.length;
}
