import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelAbstractFramework } from "./abstract-framework.ts";
import { formatApx, parseApx } from "./apx.ts";
import { ApxParseError } from "./errors.ts";

const sample = `% A reinstatement and a 2-cycle
arg(a).
arg(b).   % b attacks a
arg(c).
arg(d).
arg(e).

att(b,a).
att( c , b ).
att(d,e).
att(e,d).
att(b,a).
`;

function parseError(text: string): ApxParseError {
  try {
    parseApx(text);
  } catch (error) {
    if (error instanceof ApxParseError) return error;
    throw error;
  }
  throw new Error("expected a parse error");
}

describe("parseApx", () => {
  it("reads arguments and attacks, skipping comments, blanks and repeats", () => {
    expect(parseApx(sample)).toEqual({
      args: ["a", "b", "c", "d", "e"],
      attacks: [
        ["b", "a"],
        ["c", "b"],
        ["d", "e"],
        ["e", "d"],
      ],
    });
  });

  it("accepts CRLF line endings and attacks declared before their arguments", () => {
    expect(parseApx("att(x,y).\r\narg(x).\r\narg(y).\r\n")).toEqual({
      args: ["x", "y"],
      attacks: [["x", "y"]],
    });
  });

  it.each([
    ["arg(a)", 1, 'must end with "."'],
    ["arg(a).\nargument(b).", 2, 'expected "arg(name)." or "att(name,name)."'],
    ["arg(a).\narg(b).\natt(a).", 3, "att takes 2 argument names, got 1"],
    ["arg(a,b).", 1, "arg takes 1 argument name, got 2"],
    ["arg(a b).", 1, 'invalid argument name "a b"'],
    ["arg().", 1, 'invalid argument name ""'],
    ["arg(a).\n% note\narg(a).", 3, 'argument "a" declared again (first declared on line 1)'],
    ["arg(a).\natt(a,z).", 2, 'attack names undeclared argument "z"'],
  ])("rejects %j at line %i", (text, line, message) => {
    const error = parseError(text);
    expect(error.line).toBe(line);
    expect(error.message).toContain(`line ${line}: `);
    expect(error.message).toContain(message);
  });
});

describe("parseApx on big files", () => {
  it("keeps every one of many names apart (the name table grows many times)", () => {
    const args = Array.from({ length: 20_000 }, (_, i) => `n${i.toString(36)}`);
    const attacks = args.map((arg, i): [string, string] => [arg, args[(i * 7919) % args.length]!]);
    expect(parseApx(formatApx(args, attacks))).toEqual({ args, attacks });
  });
});

describe("formatApx", () => {
  it("writes one statement per line", () => {
    expect(formatApx(["a", "b"], [["b", "a"]])).toBe("arg(a).\narg(b).\natt(b,a).\n");
    expect(formatApx([], [])).toBe("");
  });

  it("refuses names APX cannot carry and attacks on unknown arguments", () => {
    expect(() => formatApx(["a(b)"], [])).toThrow(/not a valid APX name/);
    expect(() => formatApx(["a"], [["a", "b"]])).toThrow(/unknown argument "b"/);
  });

  it("round-trips random frameworks", () => {
    const name = fc.stringMatching(/^[A-Za-z0-9_-]{1,8}$/);
    const framework = fc.uniqueArray(name, { minLength: 1, maxLength: 10 }).chain((args) =>
      fc.record({
        args: fc.constant(args),
        attacks: fc.uniqueArray(fc.tuple(fc.constantFrom(...args), fc.constantFrom(...args)), {
          selector: ([s, t]) => `${s} ${t}`,
          maxLength: 20,
        }),
      }),
    );
    fc.assert(
      fc.property(framework, ({ args, attacks }) => {
        expect(parseApx(formatApx(args, attacks))).toEqual({ args, attacks });
      }),
      { numRuns: 200 },
    );
  });
});

describe("labelAbstractFramework", () => {
  it("labels a parsed APX file", () => {
    const { args, attacks } = parseApx(sample);
    expect(Object.fromEntries(labelAbstractFramework(args, attacks))).toEqual({
      a: "in",
      b: "out",
      c: "in",
      d: "undecided",
      e: "undecided",
    });
  });

  it("refuses repeated or unknown arguments", () => {
    expect(() => labelAbstractFramework(["a", "a"], [])).toThrow(/appears twice/);
    expect(() => labelAbstractFramework(["a"], [["a", "b"]])).toThrow(/unknown argument "b"/);
  });
});
