// A debate as Argdown (argdown.org): each claim a statement "[Kind n]: text",
// relations drawn with "+" (support) and "-" (attack) under their target.
// Extra links are written as further relations of the linking claim.
//
// Claim text is written so that Argdown's parser returns it unchanged:
// every ASCII character other than letters, digits and inner spaces is
// escaped with a backslash (Argdown reads "\x" as the literal "x"), so URLs,
// "//", "/* */", "{ }", "[link](url)", "#tags" and backslashes stay text.
// Argdown statements are one line, so a line break (\n, \r\n or \r) is
// written as U+2028 LINE SEPARATOR, which the parser keeps as it is; the
// importer turns U+2028 back into "\n".
import type { ClaimKind } from "../argument/types.ts";
export type ArgdownClaim = {
  id: string;
  number: number;
  kind: ClaimKind;
  targetId: string | null;
  body: string;
};

export const ARGDOWN_LINE_BREAK = "\u2028";

const kindTitles: Record<ClaimKind, string> = {
  position: "Position",
  proposal: "Proposal",
  support: "Support",
  objection: "Objection",
};

export function titleOf(claim: Pick<ArgdownClaim, "kind" | "number">): string {
  return `${kindTitles[claim.kind]} ${claim.number}`;
}

/**
 * Text that Argdown's parser reads back exactly (line breaks as U+2028). A
 * U+2028 already in the text is a line break too, and comes back as "\n".
 */
export function escapeArgdownText(text: string): string {
  const chars = [...text.replace(/\r\n|\r|\n/g, ARGDOWN_LINE_BREAK)];
  // Inner spaces are plain text to Argdown; leading and trailing ones would
  // be trimmed unless escaped.
  const isPlain = (char: string, i: number) =>
    /[A-Za-z0-9]/.test(char) || char > "\u007f" || (char === " " && i > 0 && i < chars.length - 1);
  return chars.map((char, i) => (isPlain(char, i) ? char : `\\${char}`)).join("");
}

export function formatArgdown(
  question: string,
  claims: readonly ArgdownClaim[],
  links: readonly { fromId: string; toId: string }[],
): string {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const children = new Map<string | null, ArgdownClaim[]>();
  for (const claim of claims) {
    const parent = claim.targetId && byId.has(claim.targetId) ? claim.targetId : null;
    children.set(parent, [...(children.get(parent) ?? []), claim]);
  }
  const linksFrom = new Map<string, string[]>();
  for (const link of links)
    linksFrom.set(link.fromId, [...(linksFrom.get(link.fromId) ?? []), link.toId]);
  const lines = [`# ${escapeArgdownText(question)}`, ""];
  // Iterative depth-first walk: deep rebuttal chains must not overflow the stack.
  const stack: { claim: ArgdownClaim; depth: number }[] = (children.get(null) ?? [])
    .map((claim) => ({ claim, depth: 0 }))
    .reverse();
  while (stack.length > 0) {
    const { claim, depth } = stack.pop()!;
    const indent = "    ".repeat(depth);
    const relation = depth === 0 ? "" : claim.kind === "support" ? "+ " : "- ";
    if (depth === 0) lines.push("");
    lines.push(`${indent}${relation}[${titleOf(claim)}]: ${escapeArgdownText(claim.body)}`);
    for (const toId of linksFrom.get(claim.id) ?? []) {
      const target = byId.get(toId);
      if (target)
        lines.push(`${indent}    ${claim.kind === "support" ? "+>" : "->"} [${titleOf(target)}]`);
    }
    for (const child of [...(children.get(claim.id) ?? [])].reverse())
      stack.push({ claim: child, depth: depth + 1 });
  }
  return `${lines.join("\n")}\n`;
}
