/**
 * The byte reader against a line-by-line reference written here with regular
 * expressions, on random files: odd blanks, comments, CRLF, blank lines,
 * repeated statements, undeclared and redeclared arguments, bad lines. Names
 * are chosen to trip the numbered-name path (apx-numbered-names.ts): the same
 * number with another prefix or a leading zero, digits only, ten digits,
 * numbers past its array's limit — each must stay a name of its own.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseApxIndexed } from "./apx-reader.ts";
import { ApxParseError } from "./errors.ts";

const NAMES = [
  "a1",
  "a2",
  "a10",
  "a01",
  "a0",
  "a00",
  "ab1",
  "A1",
  "1",
  "01",
  "7",
  "a1234567890",
  "a999999999",
  "a20000",
  "x_y",
  "a-1",
  "a",
  "claim-3",
  "claim-03",
];

type Outcome = { args: string[]; from: number[]; to: number[] } | { line: number; code: string };

const NAME = "([A-Za-z0-9_-]+)";
const ARG = new RegExp(`^arg\\s*\\(\\s*${NAME}\\s*\\)\\s*\\.$`);
const ATT = new RegExp(`^att\\s*\\(\\s*${NAME}\\s*,\\s*${NAME}\\s*\\)\\s*\\.$`);

function reference(text: string): Outcome {
  const args: string[] = [];
  const declared = new Map<string, number>();
  const attacks: { from: string; to: string; line: number }[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.split("%")[0]!.replace(/^[ \t\r]+|[ \t\r]+$/g, "");
    if (line === "") continue;
    const arg = ARG.exec(line);
    const att = ATT.exec(line);
    if (arg) {
      if (declared.has(arg[1]!)) return { line: i + 1, code: "DUPLICATE_ARGUMENT" };
      declared.set(arg[1]!, args.length);
      args.push(arg[1]!);
    } else if (att) {
      attacks.push({ from: att[1]!, to: att[2]!, line: i + 1 });
    } else {
      return { line: i + 1, code: "syntax" };
    }
  }
  for (const { from, to, line } of attacks) {
    if (!declared.has(from) || !declared.has(to)) return { line, code: "UNKNOWN_ARGUMENT" };
  }
  return {
    args,
    from: attacks.map((a) => declared.get(a.from)!),
    to: attacks.map((a) => declared.get(a.to)!),
  };
}

function read(text: string): Outcome {
  try {
    const { args, from, to, attackCount } = parseApxIndexed(text);
    return { args, from: [...from.subarray(0, attackCount)], to: [...to.subarray(0, attackCount)] };
  } catch (error) {
    if (!(error instanceof ApxParseError)) throw error;
    const code =
      error.code === "DUPLICATE_ARGUMENT" || error.code === "UNKNOWN_ARGUMENT"
        ? error.code
        : "syntax";
    return { line: error.line, code };
  }
}

const blank = fc.constantFrom("", "", " ", "\t", "  ");
const statement = fc.record({
  kind: fc.constantFrom("arg", "arg", "att", "att", "att", "blank", "comment", "bad"),
  a: fc.nat(NAMES.length - 1),
  b: fc.nat(NAMES.length - 1),
  pads: fc.array(blank, { minLength: 6, maxLength: 6 }),
  crlf: fc.boolean(),
  comment: fc.boolean(),
});

const fileArb = fc
  .record({
    // Most names declared first, as in real files, in any order; then statements.
    declare: fc.shuffledSubarray(NAMES, { minLength: 0, maxLength: NAMES.length }),
    statements: fc.array(statement, { maxLength: 40 }),
    lastNewline: fc.boolean(),
  })
  .map(({ declare, statements, lastNewline }) => {
    const lines = declare.map((name) => `arg(${name}).`);
    for (const s of statements) {
      const [p0, p1, p2, p3, p4, p5] = s.pads;
      const a = NAMES[s.a]!;
      const b = NAMES[s.b]!;
      let line =
        s.kind === "arg"
          ? `${p0}arg${p1}(${p2}${a}${p3})${p4}.${p5}`
          : s.kind === "att"
            ? `${p0}att${p1}(${p2}${a}${p3},${p4}${b})${p5}.`
            : s.kind === "blank"
              ? `${p0}${p1}`
              : s.kind === "comment"
                ? `${p0}% arg(${a}).`
                : `${p0}att(${a}${p1})${p2}.`;
      if (s.comment && s.kind !== "bad") line += " % note, with (parens), commas.";
      lines.push(s.crlf ? `${line}\r` : line);
    }
    return lines.join("\n") + (lastNewline ? "\n" : "");
  });

describe("parseApxIndexed against a line-by-line reference", () => {
  it("reads random files alike, and fails on the same line with the same error", () => {
    fc.assert(
      fc.property(fileArb, (text) => {
        expect(read(text)).toEqual(reference(text));
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps numbered names apart from their look-alikes in a big file", () => {
    // Enough statements for several lookup batches, numbers up to far past the file's size.
    const numbers = Array.from({ length: 3000 }, (_, i) => (i * 7919) % 5000);
    const names = [...new Set(numbers)].flatMap((n) => [`a${n}`, `a0${n}`, `b${n}`, `${n}`]);
    names.push("a123456789", "a1234567890", "a2147483648");
    const lines = names.map((name) => `arg(${name}).`);
    for (let i = 0; i + 1 < names.length; i += 3) lines.push(`att(${names[i]},${names[i + 1]}).`);
    const text = `${lines.join("\n")}\n`;
    expect(read(text)).toEqual(reference(text));
  });
});
