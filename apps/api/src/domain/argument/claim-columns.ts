// One pass over the claim objects into typed columns. Every later step of the
// status reads these arrays instead of the objects: at 10^6 claims the objects
// lie scattered over the heap, and each pass that reads a property from all of
// them costs a cache miss per claim.
import { ArgumentError } from "./errors.ts";
import type { ArgumentClaim } from "./types.ts";

export const POSITION = 0;
export const PROPOSAL = 1;
export const SUPPORT = 2;
export const OBJECTION = 3;

export const UNRESOLVED = 0;
export const CONCEDED = 1;
/** Out of scope or a duplicate: closed, but not held standing. */
export const RESOLVED = 2;

/**
 * Claim numbers resolved while reading the columns: where each number sits in
 * the input, and where each claim's primary target does (-1: none, or not
 * among the claims).
 */
export interface ClaimNumbering {
  /**
   * Number → index in the input, or null when the claims come in number order
   * without gaps (as the database reads them): claim k has number k + offset,
   * and arithmetic replaces a 4 MB array and a cache miss per lookup at 10^6.
   */
  readonly inputOfNumber: Int32Array | null;
  readonly offset: number;
  readonly highest: number;
  readonly targetOfInput: Int32Array;
}

/** Index in the input of the claim numbered `n`, or -1. */
export function inputOfClaimNumber(numbering: ClaimNumbering, n: number): number {
  const { inputOfNumber, offset, highest } = numbering;
  if (!(n >= 0 && n <= highest)) return -1;
  if (inputOfNumber === null) return n >= offset && Number.isInteger(n) ? n - offset : -1;
  return inputOfNumber[n] ?? -1;
}

export interface ClaimColumns {
  /** Per claim: POSITION, PROPOSAL, SUPPORT or OBJECTION. */
  readonly kinds: Uint8Array;
  /** Per claim: 1 when it takes part (visible). */
  readonly visible: Uint8Array;
  /** Per claim: UNRESOLVED, CONCEDED or RESOLVED. */
  readonly resolutions: Uint8Array;
  /**
   * Set when every claim carries a number (and a target number wherever it
   * has a target) and the numbers are dense enough for an array; otherwise
   * null, and references resolve by id.
   */
  readonly numbering: ClaimNumbering | null;
}

function kindCode(kind: ArgumentClaim["kind"]): number {
  if (kind === "objection") return OBJECTION;
  if (kind === "support") return SUPPORT;
  return kind === "position" ? POSITION : PROPOSAL;
}

/** Numbers far beyond the claim count would make the number array huge: use ids then. */
const sparseLimit = (size: number) => 4 * size + 1024;

export function readClaimColumns(claims: readonly ArgumentClaim[]): ClaimColumns {
  const size = claims.length;
  const kinds = new Uint8Array(size);
  const visible = new Uint8Array(size);
  const resolutions = new Uint8Array(size);
  const targets = new Int32Array(size);
  const first = claims[0]?.number;
  // In number order until a claim says otherwise; then numbers go to an array.
  const offset = first !== undefined && Number.isInteger(first) && first >= 0 ? first : -1;
  let inputOfNumber: Int32Array<ArrayBuffer> | null = null;
  let highest = 0;
  let numbered = size > 0;
  let invalidAt = -1;
  let repeated = -1;
  for (let k = 0; k < size; k++) {
    const claim = claims[k]!;
    kinds[k] = kindCode(claim.kind);
    if (claim.moderation === "visible") visible[k] = 1;
    const resolution = claim.resolution;
    if (resolution !== null) resolutions[k] = resolution === "conceded" ? CONCEDED : RESOLVED;
    if (!numbered) continue;
    const n = claim.number;
    if (n === undefined || n > sparseLimit(size)) {
      numbered = false;
      continue;
    }
    const target = claim.targetNumber;
    if (target === null || target === undefined) {
      if (claim.targetId !== null) numbered = false;
      targets[k] = -1;
    } else {
      targets[k] = Number.isInteger(target) && target >= 0 ? target : -1;
    }
    if (inputOfNumber === null) {
      if (offset >= 0 && n === offset + k) continue;
      inputOfNumber = numbersSoFar(size, offset, k);
      highest = k > 0 ? offset + k - 1 : 0;
    }
    if (!Number.isInteger(n) || n < 0) {
      if (invalidAt < 0) invalidAt = k;
      continue;
    }
    if (n >= inputOfNumber.length) inputOfNumber = grow(inputOfNumber, n);
    if (n > highest) highest = n;
    if (inputOfNumber[n] === -1) inputOfNumber[n] = k;
    else if (repeated < 0) repeated = n;
  }
  // Bad numbers matter only when numbers are used at all.
  if (numbered && invalidAt >= 0) {
    const claim = claims[invalidAt]!;
    throw new ArgumentError(
      "INVALID_CLAIM_NUMBER",
      `claim "${claim.id}" has number ${claim.number}`,
    );
  }
  if (numbered && repeated >= 0) {
    throw new ArgumentError("DUPLICATE_CLAIM_ID", `claim number ${repeated} appears twice`);
  }
  if (!numbered) return { kinds, visible, resolutions, numbering: null };
  if (inputOfNumber === null) highest = offset + size - 1;
  // Every number is known now: target numbers become input indices, in the
  // same array (one array fewer at 10^6 claims).
  const numbering = { inputOfNumber, offset, highest, targetOfInput: targets };
  for (let k = 0; k < size; k++) {
    const target = targets[k]!;
    targets[k] = target < 0 ? -1 : inputOfClaimNumber(numbering, target);
  }
  return { kinds, visible, resolutions, numbering };
}

/** The number array of claims 0..count-1, which were numbered offset, offset + 1, … */
function numbersSoFar(size: number, offset: number, count: number): Int32Array<ArrayBuffer> {
  const inputOfNumber = new Int32Array(Math.max(size + 1, offset + count)).fill(-1);
  for (let k = 0; k < count; k++) inputOfNumber[offset + k] = k;
  return inputOfNumber;
}

function grow(array: Int32Array, needed: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(Math.max(2 * array.length, needed + 1)).fill(-1);
  grown.set(array);
  return grown;
}
