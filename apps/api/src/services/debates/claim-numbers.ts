// Targets and links by claim number, worked out from the claims a reader
// already holds. The live read, the skeleton every live event reads and
// time travel all number them this way: joining the claims again in SQL to
// number them read every claim of the debate once more per reference.
import type { DebateLink } from "./debate-graph.ts";

/** Each claim's number by its id. */
export type ClaimNumbers = ReadonlyMap<string, number>;

export function claimNumbersOf(claims: readonly { id: string; number: number }[]): ClaimNumbers {
  return new Map(claims.map((claim) => [claim.id, claim.number]));
}

/** A claim's target as the graph carries it: its number, or null (no target, or not of the debate). */
export function numberTarget(
  targetId: string | null,
  numbers: ClaimNumbers,
): { number: number } | null {
  const number = targetId === null ? undefined : numbers.get(targetId);
  return number === undefined ? null : { number };
}

/**
 * [fromId, toId] pairs with both ends numbered. A link whose ends are not
 * both among the claims is left out, as a join on the claims left it out.
 */
export function numberLinks(
  pairs: readonly (readonly [string, string])[],
  numbers: ClaimNumbers,
): DebateLink[] {
  const links: DebateLink[] = [];
  for (const [fromId, toId] of pairs) {
    const fromNumber = numbers.get(fromId);
    const toNumber = numbers.get(toId);
    if (fromNumber !== undefined && toNumber !== undefined) {
      links.push({ fromId, toId, fromNumber, toNumber });
    }
  }
  return links;
}
