import {
  type ClaimColumns,
  type ClaimNumbering,
  inputOfClaimNumber,
  readClaimColumns,
} from "./claim-columns.ts";
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
  /** Index in the input of a claim id; the id table is built on first use when numbers resolved the rest. */
  inputIndexOf(claimId: string): number | undefined;
  /** Index in the input of a claim number, or -1. */
  inputIndexOfNumber(claimNumber: number): number;
}

/**
 * The index, and where each link's source and target are in the input (-1:
 * unknown). The graph keeps only the index: the link arrays are needed while
 * it is built.
 */
export interface IndexedClaims {
  readonly index: ClaimIndex;
  readonly linkFrom: Int32Array;
  readonly linkTo: Int32Array;
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

/**
 * Resolves references through the array indexed by claim number; null when a
 * link carries no numbers (then ids are used throughout).
 */
function indexByNumber(
  claims: readonly ArgumentClaim[],
  links: readonly ArgumentLink[],
  numbering: ClaimNumbering,
): IndexedClaims | null {
  const at = (n: number | null | undefined) =>
    n === null || n === undefined ? -1 : inputOfClaimNumber(numbering, n);
  const linkFrom = new Int32Array(links.length);
  const linkTo = new Int32Array(links.length);
  for (let e = 0; e < links.length; e++) {
    const link = links[e]!;
    if (link.fromNumber === undefined || link.toNumber === undefined) return null;
    linkFrom[e] = at(link.fromNumber);
    linkTo[e] = at(link.toNumber);
  }
  let byId: Map<string, number> | undefined;
  const index: ClaimIndex = {
    targetOfInput: numbering.targetOfInput,
    inputIndexOf: (claimId: string) => {
      byId ??= indexIds(claims);
      return byId.get(claimId);
    },
    inputIndexOfNumber: at,
  };
  return { index, linkFrom, linkTo };
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
  const index: ClaimIndex = {
    targetOfInput,
    inputIndexOf: (claimId: string) => byId.get(claimId),
    inputIndexOfNumber: (claimNumber: number) => byNumber.get(claimNumber) ?? -1,
  };
  return { index, linkFrom, linkTo };
}

/** Resolves every reference between the claims once, by number when it can. */
export function indexClaims(
  claims: readonly ArgumentClaim[],
  links: readonly ArgumentLink[],
  columns: Pick<ClaimColumns, "numbering"> = readClaimColumns(claims),
): IndexedClaims {
  const byNumber = columns.numbering ? indexByNumber(claims, links, columns.numbering) : null;
  return byNumber ?? indexById(claims, links);
}
