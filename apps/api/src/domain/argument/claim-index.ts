import { ArgumentError } from "./errors.ts";
import type { ArgumentClaim, ArgumentLink } from "./types.ts";

/**
 * How the claims of a debate find each other: their primary targets and the
 * two ends of every extra link, as indices into the input array (-1: not
 * among the claims). By number when every claim and link carries numbers —
 * claim numbers are dense per debate, so plain arrays replace hashing, which
 * dominates at 10^5 claims — else by id.
 */
export interface ClaimIndex {
  /** Index in the input of each claim's primary target, or -1 (none, or unknown). */
  readonly targetOfInput: Int32Array;
  /** Index in the input of each link's source and target, or -1 (unknown). */
  readonly linkFrom: Int32Array;
  readonly linkTo: Int32Array;
  /** Index in the input of a claim id; the id table is built on first use when numbers resolved the rest. */
  inputIndexOf(claimId: string): number | undefined;
  /** Index in the input of a claim number, or -1. */
  inputIndexOfNumber(claimNumber: number): number;
}

function carriesNumbers(claims: readonly ArgumentClaim[], links: readonly ArgumentLink[]) {
  if (claims.length === 0) return false;
  for (const claim of claims) {
    if (claim.number === undefined) return false;
    if (claim.targetId !== null && (claim.targetNumber ?? null) === null) return false;
  }
  for (const link of links) {
    if (link.fromNumber === undefined || link.toNumber === undefined) return false;
  }
  return true;
}

function indexIds(claims: readonly ArgumentClaim[]): Map<string, number> {
  const byId = new Map<string, number>();
  for (let k = 0; k < claims.length; k++) {
    const known = byId.size;
    // One hash lookup per claim: a repeated id leaves the size unchanged.
    byId.set(claims[k]!.id, k);
    if (byId.size === known) {
      throw new ArgumentError("DUPLICATE_CLAIM_ID", `claim "${claims[k]!.id}" appears twice`);
    }
  }
  return byId;
}

function indexByNumber(claims: readonly ArgumentClaim[], links: readonly ArgumentLink[]) {
  let highest = 0;
  for (const claim of claims) {
    const n = claim.number!;
    if (!Number.isInteger(n) || n < 0) {
      throw new ArgumentError("INVALID_CLAIM_NUMBER", `claim "${claim.id}" has number ${n}`);
    }
    if (n > highest) highest = n;
  }
  const inputOfNumber = new Int32Array(highest + 1).fill(-1);
  for (let k = 0; k < claims.length; k++) {
    const n = claims[k]!.number!;
    if (inputOfNumber[n] !== -1) {
      throw new ArgumentError("DUPLICATE_CLAIM_ID", `claim number ${n} appears twice`);
    }
    inputOfNumber[n] = k;
  }
  const at = (n: number | null | undefined) =>
    n === null || n === undefined || n < 0 || n > highest ? -1 : inputOfNumber[n]!;
  const targetOfInput = new Int32Array(claims.length);
  for (let k = 0; k < claims.length; k++) targetOfInput[k] = at(claims[k]!.targetNumber);
  const linkFrom = new Int32Array(links.length);
  const linkTo = new Int32Array(links.length);
  for (let e = 0; e < links.length; e++) {
    linkFrom[e] = at(links[e]!.fromNumber);
    linkTo[e] = at(links[e]!.toNumber);
  }
  let byId: Map<string, number> | undefined;
  return {
    targetOfInput,
    linkFrom,
    linkTo,
    inputIndexOf: (claimId: string) => {
      byId ??= indexIds(claims);
      return byId.get(claimId);
    },
    inputIndexOfNumber: at,
  } satisfies ClaimIndex;
}

function indexById(claims: readonly ArgumentClaim[], links: readonly ArgumentLink[]) {
  const byId = indexIds(claims);
  const at = (id: string | null) => (id === null ? -1 : (byId.get(id) ?? -1));
  const targetOfInput = new Int32Array(claims.length);
  for (let k = 0; k < claims.length; k++) targetOfInput[k] = at(claims[k]!.targetId);
  const linkFrom = new Int32Array(links.length);
  const linkTo = new Int32Array(links.length);
  for (let e = 0; e < links.length; e++) {
    linkFrom[e] = at(links[e]!.fromId);
    linkTo[e] = at(links[e]!.toId);
  }
  const byNumber = new Map<number, number>();
  claims.forEach((claim, k) => {
    if (claim.number !== undefined) byNumber.set(claim.number, k);
  });
  return {
    targetOfInput,
    linkFrom,
    linkTo,
    inputIndexOf: (claimId: string) => byId.get(claimId),
    inputIndexOfNumber: (claimNumber: number) => byNumber.get(claimNumber) ?? -1,
  } satisfies ClaimIndex;
}

/** Resolves every reference between the claims once, by number when it can. */
export function indexClaims(
  claims: readonly ArgumentClaim[],
  links: readonly ArgumentLink[],
): ClaimIndex {
  return carriesNumbers(claims, links) ? indexByNumber(claims, links) : indexById(claims, links);
}
