import type { Claim } from "./debate";

type Candidate = Pick<Claim, "id" | "number" | "body" | "kind" | "moderation">;
type Source = Pick<Claim, "id" | "targetId" | "linkedTargetIds">;

/**
 * The claims `from` may also answer: visible, with readable text, not itself,
 * not its own target and not already linked (the server refuses those, with a
 * sentence; the picker does not offer them).
 */
export function linkCandidates<C extends Candidate>(from: Source, claims: readonly C[]): C[] {
  const taken = new Set([from.id, from.targetId, ...from.linkedTargetIds]);
  return claims.filter(
    (claim) => claim.moderation === "visible" && claim.body !== null && !taken.has(claim.id),
  );
}

/**
 * Filters candidates by what a person typed: "12" or "#12" finds claim 12
 * first, then claims whose number starts so; words find claims containing
 * every word, in any order, ignoring case.
 */
export function matchClaims<C extends Candidate>(query: string, claims: readonly C[]): C[] {
  const typed = query.trim().toLowerCase();
  if (!typed) return [...claims];
  const number = /^#?(\d+)$/.exec(typed)?.[1];
  if (number) {
    const exact = claims.filter((claim) => String(claim.number) === number);
    const prefix = claims.filter(
      (claim) => String(claim.number).startsWith(number) && String(claim.number) !== number,
    );
    const inText = claims.filter(
      (claim) => !String(claim.number).startsWith(number) && claim.body?.includes(number),
    );
    return [...exact, ...prefix, ...inText];
  }
  const words = typed.split(/\s+/);
  return claims.filter((claim) => {
    const text = (claim.body ?? "").toLowerCase();
    return words.every((word) => text.includes(word));
  });
}
