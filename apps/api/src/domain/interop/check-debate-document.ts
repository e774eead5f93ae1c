// Structural checks of an imported debate beyond its JSON shape: every
// reference resolves, kinds and targets agree, no self or duplicate links.
import { DomainError } from "../domain-error.ts";
import type { DebateDocument } from "./debate-document.ts";

export function checkDebateDocument(document: DebateDocument): void {
  const refs = new Set<string>();
  for (const claim of document.claims) {
    if (refs.has(claim.ref)) throw invalid(`claim ${claim.ref} appears twice`);
    refs.add(claim.ref);
  }
  const known = (r: string | null, where: string) => {
    if (r !== null && !refs.has(r))
      throw invalid(`${where} refers to ${r}, which is not in the file`);
  };
  for (const claim of document.claims) {
    const isRoot = claim.kind === "position" || claim.kind === "proposal";
    if (isRoot !== (claim.target === null)) {
      throw invalid(
        `claim ${claim.ref}: a position or proposal has no target and every other claim has one`,
      );
    }
    if (claim.target === claim.ref) throw invalid(`claim ${claim.ref} targets itself`);
    known(claim.target, `claim ${claim.ref}`);
    known(claim.mergedInto, `claim ${claim.ref}`);
    if ((claim.moderation === "merged") !== (claim.mergedInto !== null)) {
      throw invalid(`claim ${claim.ref}: only merged claims name the claim they were merged into`);
    }
  }
  const links = new Set<string>();
  for (const link of document.links) {
    known(link.from, "a link");
    known(link.to, "a link");
    if (link.from === link.to) throw invalid(`a link from ${link.from} targets itself`);
    const key = `${link.from}>${link.to}`;
    if (links.has(key)) throw invalid(`the link ${link.from} → ${link.to} appears twice`);
    links.add(key);
  }
  const kinds = new Map(document.claims.map((c) => [c.ref, c.kind]));
  for (const resolution of document.resolutions) {
    known(resolution.claim, "a resolution");
    known(resolution.duplicateOf, "a resolution");
    if (kinds.get(resolution.claim) !== "objection") {
      throw invalid(`a resolution of ${resolution.claim}: only objections are resolved`);
    }
  }
  const active = document.resolutions.filter((r) => r.reopenedAt === null).map((r) => r.claim);
  if (new Set(active).size !== active.length)
    throw invalid("an objection has two resolutions in force");
}

function invalid(detail: string): DomainError {
  return new DomainError("BAD_REQUEST", `This debate file cannot be imported: ${detail}.`);
}
