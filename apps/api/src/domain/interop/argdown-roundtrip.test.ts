// The export must survive Argdown's own parser: for any claim text, the
// parsed model holds exactly the debate's statements (text unchanged, line
// breaks as U+2028, see argdown.ts) and exactly its supports and attacks.
import { ArgdownApplication, ModelPlugin, ParserPlugin } from "@argdown/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ArgdownClaim, formatArgdown, titleOf } from "./argdown.ts";
import { argdownToDebateDocument } from "./argdown-parse.ts";

function parseWithArgdown(source: string) {
  const app = new ArgdownApplication();
  app.addPlugin(new ParserPlugin(), "parse-input");
  app.addPlugin(new ModelPlugin(), "build-model");
  const response = app.run({ process: ["parse-input", "build-model"], input: source });
  const statements = new Map<string, string>();
  for (const [title, statement] of Object.entries(response.statements ?? {})) {
    const defined = statement.members.filter((m) => m.text !== undefined && m.text !== null);
    statements.set(title, defined.map((m) => m.text).join("|"));
  }
  const relations = new Set(
    (response.relations ?? []).map((r) => `${r.from?.title} ${r.relationType} ${r.to?.title}`),
  );
  return { errors: response.parserErrors?.length ?? 0, statements, relations };
}

const lineBreaks = /\r\n|\r|\n/g;

function expectFaithful(
  question: string,
  claims: ArgdownClaim[],
  links: { fromId: string; toId: string }[],
) {
  const parsed = parseWithArgdown(formatArgdown(question, claims, links));
  expect(parsed.errors).toBe(0);
  expect(parsed.statements).toEqual(
    new Map(claims.map((c) => [titleOf(c), c.body.replace(lineBreaks, "\u2028")])),
  );
  const byId = new Map(claims.map((c) => [c.id, c]));
  const relation = (from: ArgdownClaim, to: ArgdownClaim) =>
    `${titleOf(from)} ${from.kind === "support" ? "support" : "attack"} ${titleOf(to)}`;
  const expected = new Set<string>();
  for (const claim of claims) {
    const target = claim.targetId ? byId.get(claim.targetId) : undefined;
    if (target) expected.add(relation(claim, target));
  }
  for (const link of links) expected.add(relation(byId.get(link.fromId)!, byId.get(link.toId)!));
  expect(parsed.relations).toEqual(expected);
}

const anyText = fc.oneof(
  fc.string({ minLength: 1, maxLength: 60, unit: "grapheme" }),
  fc.string({ minLength: 1, maxLength: 60, unit: "binary" }),
  fc.stringMatching(/^[\\/*{}[\]()<>#@:.,;+\-=_ \t\nahttps]{1,40}$/),
);

/** What a claim's text can be: the API trims it and refuses it blank (claimBody). */
const anyClaimBody = anyText.map((text) => text.trim()).filter((text) => text.length > 0);

/** A debate: positions at the root, each later claim answering an earlier one. */
const debateOf = (body: fc.Arbitrary<string>) =>
  fc
    .array(fc.record({ body, parent: fc.nat(), support: fc.boolean() }), {
      minLength: 1,
      maxLength: 8,
    })
    .chain((rows) => {
      const claims: ArgdownClaim[] = rows.map((row, i) => {
        const isPosition = i === 0 || row.parent % 3 === 0;
        return {
          id: `c${i}`,
          number: i + 1,
          kind: isPosition ? "position" : row.support ? "support" : "objection",
          targetId: isPosition ? null : `c${row.parent % i}`,
          body: row.body,
        };
      });
      const link = fc.record({ from: fc.nat(claims.length - 1), to: fc.nat(claims.length - 1) });
      return fc.tuple(fc.constant(claims), fc.array(link, { maxLength: 3 }));
    })
    .map(([claims, links]) => ({
      claims,
      links: links
        .filter((l) => l.from !== l.to && claims[l.from]!.kind !== "position")
        .map((l) => ({ fromId: `c${l.from}`, toId: `c${l.to}` })),
    }));

/** Any text at all: the export must keep whatever it is given. */
const anyDebate = debateOf(anyText);
/** Texts a debate can hold (trimmed, not blank): what an import must give back. */
const anyValidDebate = debateOf(anyClaimBody);

describe("Argdown export read back by @argdown/core", () => {
  it("keeps texts with URLs, comments, braces, backslashes and Markdown links", () => {
    const bodies = [
      "See https://example.org/a?b=c#d for details",
      "a // not a comment",
      "a /* not a comment */ b",
      "{ not: data }",
      "C:\\Users\\me and \\n",
      "[a Markdown link](https://example.org) and [Support 2]",
      "<an argument> #tag @[mention] *bold* _italic_",
      "   leading and trailing spaces\t ",
      "two\nlines\r\nand more",
    ];
    const claims: ArgdownClaim[] = bodies.map((body, i) => ({
      id: `c${i}`,
      number: i + 1,
      kind: i === 0 ? "position" : i % 2 ? "support" : "objection",
      targetId: i === 0 ? null : `c${i - 1}`,
      body,
    }));
    expectFaithful("Is C:\\ // a {question}?", claims, [{ fromId: "c2", toId: "c0" }]);
  });

  it("keeps any text and exactly the supports and attacks", () => {
    fc.assert(
      fc.property(anyText, anyDebate, (question, { claims, links }) =>
        expectFaithful(question, claims, links),
      ),
      { numRuns: 300 },
    );
  });
});

describe("Argdown import of an export", () => {
  it("reads a U+2028 in a claim's text back as the line break it shows", () => {
    const claims = [
      { id: "c0", number: 1, kind: "position" as const, targetId: null, body: "!\u2028!" },
    ];
    const document = argdownToDebateDocument(formatArgdown("A question?", claims, []));
    expect(document.claims.map((c) => c.body)).toEqual(["!\n!"]);
  });

  it("gives back the same claims, kinds, targets, texts and links", () => {
    fc.assert(
      fc.property(anyValidDebate, ({ claims, links }) => {
        const document = argdownToDebateDocument(formatArgdown("A question?", claims, links));
        const ref = (id: string | null) => (id === null ? null : `c${Number(id.slice(1)) + 1}`);
        expect(document.debate.question).toBe("A question?");
        const byNumber = [...document.claims].sort(
          (a, b) => Number(a.ref.slice(1)) - Number(b.ref.slice(1)),
        );
        expect(byNumber.map((c) => [c.ref, c.kind, c.target, c.body])).toEqual(
          [...claims]
            .sort((a, b) => a.number - b.number)
            // Every line break comes back as "\n", a U+2028 in the text included.
            .map((c) => [
              ref(c.id),
              c.kind,
              ref(c.targetId),
              c.body.replace(/\r\n?|\u2028/g, "\n"),
            ]),
        );
        const expectedLinks = new Set(
          links
            .filter((l) => claims.find((c) => c.id === l.fromId)!.targetId !== l.toId)
            .map((l) => `${ref(l.fromId)}>${ref(l.toId)}`),
        );
        expect(new Set(document.links.map((l) => `${l.from}>${l.to}`))).toEqual(expectedLinks);
        expect(document.links.length).toBe(expectedLinks.size);
      }),
      { numRuns: 200 },
    );
  });
});
