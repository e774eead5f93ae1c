import { describe, expect, it } from "vitest";
import { formatApx } from "./apx.ts";
import { type IndexedFramework, parseApxIndexed } from "./apx-reader.ts";
import { ApxParseError } from "./errors.ts";

const bytesOf = (text: string) => new TextEncoder().encode(text);

/** What a framework says, with the attack arrays cut to their length. */
function plain({ args, from, to, attackCount }: IndexedFramework) {
  return { args, from: [...from.subarray(0, attackCount)], to: [...to.subarray(0, attackCount)] };
}

function parseError(input: Uint8Array | string): ApxParseError {
  try {
    parseApxIndexed(input);
  } catch (error) {
    if (error instanceof ApxParseError) return error;
    throw error;
  }
  throw new Error("expected a parse error");
}

describe("parseApxIndexed on bytes", () => {
  it("reads the bytes of a file as it reads its text: blanks, tabs, comments, CRLF, no last newline", () => {
    const text =
      "% header\r\narg(a).\r\n\targ( b ) . % b\r\narg(c).%c\n\n  \natt(b,a).\r\natt( c ,b).\natt(b,a).";
    const fromBytes = plain(parseApxIndexed(bytesOf(text)));
    expect(fromBytes).toEqual({ args: ["a", "b", "c"], from: [1, 2, 1], to: [0, 1, 0] });
    expect(plain(parseApxIndexed(text))).toEqual(fromBytes);
  });

  it("reads a view into a larger buffer (a Buffer from Node's pool starts at an offset)", () => {
    const whole = bytesOf("garbage\narg(x).\natt(x,x).\nmore garbage");
    const view = whole.subarray(8, 8 + "arg(x).\natt(x,x).\n".length);
    expect(plain(parseApxIndexed(view))).toEqual({ args: ["x"], from: [0], to: [0] });
    expect(plain(parseApxIndexed(Buffer.from(view)))).toEqual({ args: ["x"], from: [0], to: [0] });
  });

  it("gives the same framework as the text on a generated file of many names", () => {
    const args = Array.from({ length: 5_000 }, (_, i) => `n-${(i * 7919).toString(36)}_${i}`);
    const attacks = args.map((arg, i): [string, string] => [arg, args[(i * 31) % args.length]!]);
    // Attacks first: each names arguments not declared yet.
    const text = formatApx(args, attacks).split("\n").reverse().join("\r\n");
    const fromBytes = plain(parseApxIndexed(bytesOf(text)));
    expect(fromBytes.args).toEqual(args.slice().reverse());
    expect(fromBytes.from).toHaveLength(attacks.length);
    expect(plain(parseApxIndexed(text))).toEqual(fromBytes);
  });

  it.each([
    ["arg(a).\narg(café).", 2, "INVALID_ARGUMENT_NAME", 'invalid argument name "café"'],
    ["arg(a).\n\natt(a,\u00e9).", 3, "INVALID_ARGUMENT_NAME", 'invalid argument name "é"'],
    ["arg(a).\natt(a,a).\u00a0", 2, "APX_SYNTAX", 'got "att(a,a).\u00a0"'],
  ])("refuses a non-ASCII byte: %j at line %i", (text, line, code, message) => {
    const error = parseError(bytesOf(text));
    expect(error.code).toBe(code);
    expect(error.line).toBe(line);
    expect(error.message).toContain(message);
  });

  it("shows a byte that is not UTF-8 as U+FFFD in the message", () => {
    const bytes = Uint8Array.of(...bytesOf("arg(a"), 0xff, ...bytesOf(")."));
    const error = parseError(bytes);
    expect(error.code).toBe("INVALID_ARGUMENT_NAME");
    expect(error.message).toBe(
      'line 1: invalid argument name "a\ufffd" (use letters, digits, "_" and "-")',
    );
  });

  it("reports the first error in file order, past many statements", () => {
    const lines = Array.from({ length: 1_000 }, (_, i) => `arg(a${i}).`);
    lines[600] = "arg(a5).";
    lines[700] = "arg(oops)";
    expect(parseError(lines.join("\n")).message).toBe(
      'line 601: argument "a5" declared again (first declared on line 6)',
    );
    lines[600] = "arg(a600).";
    lines.push("att(a1,a2).", "att(a3,zz).", "att(yy,a1).");
    expect(parseError(lines.join("\n")).message).toBe('line 701: statement must end with "."');
    lines[700] = "arg(a700).";
    expect(parseError(lines.join("\n")).message).toBe(
      'line 1002: attack names undeclared argument "zz"',
    );
  });

  it("reads an empty file, or one of blanks and comments, as no arguments", () => {
    for (const text of ["", "\n", "% only a comment", "  \r\n\t\n"]) {
      expect(plain(parseApxIndexed(bytesOf(text)))).toEqual({ args: [], from: [], to: [] });
    }
  });
});
