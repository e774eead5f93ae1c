// A debate as Argdown (argdown.org): each claim a statement "[#n]: text",
// relations drawn with "+" (support) and "-" (attack) under their target.
// Extra links are written as further relations of the linking claim.
import type { ClaimKind } from "../argument/types.ts";
export type ArgdownClaim = {
  id: string;
  number: number;
  kind: ClaimKind;
  targetId: string | null;
  body: string;
};

const KIND_TITLES: Record<ClaimKind, string> = {
  position: "Position",
  proposal: "Proposal",
  support: "Support",
  objection: "Objection",
};
const title = (claim: ArgdownClaim) => `${KIND_TITLES[claim.kind]} ${claim.number}`;
const clean = (text: string) =>
  text
    .replace(/\s+/g, " ")
    .replace(/[[\]<>]/g, "")
    .trim();

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
  const lines = [`# ${clean(question)}`, ""];
  // Iterative depth-first walk: deep rebuttal chains must not overflow the stack.
  const stack: { claim: ArgdownClaim; depth: number }[] = (children.get(null) ?? [])
    .map((claim) => ({ claim, depth: 0 }))
    .reverse();
  while (stack.length > 0) {
    const { claim, depth } = stack.pop()!;
    const indent = "    ".repeat(depth);
    const relation = depth === 0 ? "" : claim.kind === "support" ? "+ " : "- ";
    if (depth === 0) lines.push("");
    lines.push(`${indent}${relation}[${title(claim)}]: ${clean(claim.body)}`);
    for (const toId of linksFrom.get(claim.id) ?? []) {
      const target = byId.get(toId);
      if (target)
        lines.push(`${indent}    ${claim.kind === "support" ? "+>" : "->"} [${title(target)}]`);
    }
    for (const child of [...(children.get(claim.id) ?? [])].reverse())
      stack.push({ claim: child, depth: depth + 1 });
  }
  return `${lines.join("\n")}\n`;
}
