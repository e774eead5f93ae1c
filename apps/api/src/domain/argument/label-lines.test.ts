/**
 * The `labels` command's lines, written from name bytes (label-lines.ts),
 * against the same lines made from strings: the names a reference parse gives
 * and the labels of the string-keyed `labelAbstractFramework`.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelAbstractFramework, labelIndexedFrameworkCodes } from "./abstract-framework.ts";
import { formatApx, parseApx } from "./apx.ts";
import { parseApxIndexed } from "./apx-reader.ts";
import { formatLabelLines } from "./label-lines.ts";

function referenceLines(text: string): string {
  const { args, attacks } = parseApx(text);
  const labels = labelAbstractFramework(args, attacks);
  return args
    .map((arg) => `${arg} ${labels.get(arg) === "undecided" ? "undec" : labels.get(arg)}`)
    .join("\n");
}

const linesOf = (input: Uint8Array | string) => {
  const framework = parseApxIndexed(input);
  return formatLabelLines(framework, labelIndexedFrameworkCodes(framework));
};

// Numbered names and look-alikes (apx-numbered-names.ts), and others.
const name = fc.oneof(
  fc.nat(30).map((n) => `a${n}`),
  fc.constantFrom("a01", "b1", "1", "x_y", "claim-3", "a1234567890"),
  fc.stringMatching(/^[A-Za-z0-9_-]{1,6}$/),
);

const framework = fc.uniqueArray(name, { minLength: 0, maxLength: 25 }).chain((args) =>
  fc.record({
    args: fc.constant(args),
    attacks:
      args.length === 0
        ? fc.constant([] as [string, string][])
        : fc.array(fc.tuple(fc.constantFrom(...args), fc.constantFrom(...args)), {
            maxLength: 50,
          }),
    // Attacks before declarations, CRLF and a comment line: the plain reader and the other.
    attacksFirst: fc.boolean(),
    crlf: fc.boolean(),
  }),
);

describe("formatLabelLines", () => {
  it("writes the lines the string-keyed labelling gives, on random frameworks", () => {
    fc.assert(
      fc.property(framework, ({ args, attacks, attacksFirst, crlf }) => {
        const lines = formatApx(args, attacks).split("\n");
        if (attacksFirst) lines.reverse();
        lines.splice(lines.length >> 1, 0, "  % a comment");
        const text = lines.join(crlf ? "\r\n" : "\n");
        const expected = referenceLines(text);
        expect(linesOf(text)).toBe(expected);
        expect(linesOf(new TextEncoder().encode(text))).toBe(expected);
        expect(parseApxIndexed(text).args).toEqual(parseApx(text).args);
      }),
      { numRuns: 500 },
    );
  });

  it("writes nothing for a file without arguments", () => {
    expect(linesOf("% nothing\n")).toBe("");
  });
});
