// Reads an Argdown file with Argdown's own parser and turns it into a debate
// export ("steelman.debate" v1), so that the JSON importer validates and
// writes it. Statements become claims; a statement's first relation in
// file order (so the one it is nested under) is its target: support "+" makes a
// support, attack "-" an objection; statements that answer nothing are
// positions. Further relations of the same kind become links.
// U+2028 in text is a line break (see argdown.ts).
import { ArgdownApplication, ModelPlugin, ParserPlugin } from "@argdown/core";
import { DomainError } from "../domain-error.ts";
import { ARGDOWN_LINE_BREAK } from "./argdown.ts";
import type { DebateDocument } from "./debate-document.ts";

type Kind = "position" | "support" | "objection";
type Statement = { title: string; text: string; targets: { to: string; kind: Kind }[] };

const ourTitle = /^(?:Position|Support|Objection) (\d+)$/;

const invalid = (message: string) =>
  new DomainError("BAD_REQUEST", `This Argdown file cannot be imported: ${message}.`);

function readArgdown(source: string) {
  const app = new ArgdownApplication();
  app.addPlugin(new ParserPlugin(), "parse-input");
  app.addPlugin(new ModelPlugin(), "build-model");
  const response = app.run({ process: ["parse-input", "build-model"], input: source });
  const error = response.lexerErrors?.[0] ?? response.parserErrors?.[0];
  if (error) {
    const line = "line" in error ? error.line : error.token.startLine;
    throw invalid(`${error.message}${line ? ` (line ${line})` : ""}`);
  }
  if (Object.keys(response.arguments ?? {}).length > 0)
    throw invalid("it contains arguments (<...>); only statements and their relations are read");
  const statements = new Map<string, Statement>();
  for (const [title, statement] of Object.entries(response.statements ?? {})) {
    const text = statement.members.find((m) => m.text)?.text ?? title;
    statements.set(title, { title, text: text.replaceAll(ARGDOWN_LINE_BREAK, "\n"), targets: [] });
  }
  // The model lists nested relations first; file order (the line where a
  // relation was first written) decides, so nesting comes before links.
  const firstLine = (r: { occurrences: { startLine?: number }[] }) =>
    Math.min(...r.occurrences.map((o) => o.startLine ?? Number.POSITIVE_INFINITY));
  const relations = [...(response.relations ?? [])].sort((a, b) => firstLine(a) - firstLine(b));
  for (const relation of relations) {
    const from = relation.from?.title ?? "";
    const to = relation.to?.title ?? "";
    const type = relation.relationType;
    if (type !== "support" && type !== "attack")
      throw invalid(`the ${type} relation between [${from}] and [${to}] has no Steelman meaning`);
    if (from === to) throw invalid(`[${from}] answers itself`);
    statements.get(from)?.targets.push({ to, kind: type === "support" ? "support" : "objection" });
  }
  return {
    question: response.sections?.[0]?.title?.trim() ?? "",
    statements: [...statements.values()],
  };
}

/** Fails with a sentence that names the statement when the file has no Steelman shape. */
export function argdownToDebateDocument(source: string, now = new Date()): DebateDocument {
  const { question, statements } = readArgdown(source);
  if (question.length < 3) throw invalid("start it with a heading (# ...) that asks the question");
  if (statements.length === 0) throw invalid("it has no statements ([Title]: text)");
  // Keep the numbers of a Steelman export; number other files in reading order.
  const numbers = statements.map((s) => Number(ourTitle.exec(s.title)?.[1] ?? Number.NaN));
  const keep = numbers.every(Number.isInteger) && new Set(numbers).size === numbers.length;
  const refOf = new Map(statements.map((s, i) => [s.title, `c${keep ? numbers[i] : i + 1}`]));
  const kindOf = (s: Statement): Kind => s.targets[0]?.kind ?? "position";
  for (const s of statements) {
    const mixed = s.targets.find((t) => t.kind !== kindOf(s));
    if (mixed) throw invalid(`[${s.title}] both supports and attacks; a claim is one or the other`);
  }
  assertRooted(statements);
  const ref = (title: string) => refOf.get(title)!;
  return {
    format: "steelman.debate",
    version: 1,
    exportedAt: now,
    debate: { question, description: "", phase: "open", anonymous: false, createdAt: now },
    claims: statements.map((s) => ({
      ref: ref(s.title),
      kind: kindOf(s),
      target: s.targets[0] ? ref(s.targets[0].to) : null,
      body: s.text,
      moderation: "visible",
      mergedInto: null,
      author: null,
      createdAt: now,
      revisions: [],
    })),
    links: statements.flatMap((s) =>
      s.targets.slice(1).map((t) => ({ from: ref(s.title), to: ref(t.to), createdAt: now })),
    ),
    resolutions: [],
    labels: {},
  };
}

/** Every chain of targets must end at a position: no statements that only answer each other. */
function assertRooted(statements: readonly Statement[]) {
  const targetOf = new Map(statements.map((s) => [s.title, s.targets[0]?.to ?? null]));
  const rooted = new Set<string>();
  for (const s of statements) {
    const path: string[] = [];
    let at: string | null = s.title;
    while (at !== null && !rooted.has(at)) {
      if (path.includes(at))
        throw invalid(`[${at}] is part of a circle of answers with no position at its root`);
      path.push(at);
      at = targetOf.get(at) ?? null;
    }
    for (const title of path) rooted.add(title);
  }
}
