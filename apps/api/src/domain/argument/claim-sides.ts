// Sides and roles (DESIGN.md, "Sides, and what unanswered counts"). A claim's
// side follows its primary target only — extra links never change it — and
// hidden or withdrawn ancestors still count: sides are a property of the tree.
import { OBJECTION, POSITION, PROPOSAL, SUPPORT } from "./claim-columns.ts";
import type { ArgumentClaim, ArgumentRole, Side } from "./types.ts";

export const FOR = 0;
export const AGAINST = 1;

export interface ClaimSides {
  /** Per input claim: FOR or AGAINST. */
  readonly sides: Uint8Array;
  /** Per input claim: index of the position or proposal at its root, or -1 (an orphan). */
  readonly roots: Int32Array;
  /** Per input claim: 1 for an objection in people's sense (not a rebuttal). */
  readonly objections: Uint8Array;
}

const UNKNOWN = 0;
const WALKING = 1;
const DONE = 2;

const isRoot = (kind: number): boolean => kind === POSITION || kind === PROPOSAL;

/**
 * Side, root and objection-or-rebuttal of every claim, linear in the claims.
 * `kinds[k]` is claim k's kind code (claim-columns.ts) and `targetOf[k]` the
 * index of its primary target, or -1.
 * A claim whose target is unknown hangs from an unnamed root on the `for` side.
 */
export function computeClaimSides(kinds: Uint8Array, targetOf: Int32Array): ClaimSides {
  const size = kinds.length;
  const sides = new Uint8Array(size);
  const roots = new Int32Array(size).fill(-1);
  const objections = new Uint8Array(size);
  const state = new Uint8Array(size);
  // Made only if a claim's target comes after it in the input (claims read
  // in number order reply to earlier claims, so usually never).
  let chain: Int32Array | undefined;
  // While a chain is walked, roots[k] holds k's parent (its target, or -1 where
  // a cycle was cut); placing k top-down replaces it with the parent's root.
  const parent = roots;

  for (let start = 0; start < size; start++) {
    if (state[start] === DONE) continue;
    const up = isRoot(kinds[start]!) ? -1 : targetOf[start]!;
    if (up < 0 || state[up] === DONE) {
      parent[start] = up;
      place(start);
      state[start] = DONE;
      continue;
    }
    // Walk up to a claim already placed (or a root), then place the chain top-down.
    chain ??= new Int32Array(size);
    let k = start;
    let length = 0;
    while (k >= 0 && state[k] === UNKNOWN) {
      state[k] = WALKING;
      chain[length++] = k;
      const target = isRoot(kinds[k]!) ? -1 : targetOf[k]!;
      // A target cycle (only possible in corrupt data) is cut where it closes.
      parent[k] = target < 0 || state[target] === WALKING ? -1 : target;
      k = parent[k]!;
    }
    for (let c = length - 1; c >= 0; c--) {
      const i = chain[c]!;
      place(i);
      state[i] = DONE;
    }
  }

  function place(i: number): void {
    const kind = kinds[i]!;
    const up = parent[i]!;
    roots[i] = up < 0 ? -1 : roots[up]!;
    if (isRoot(kind)) {
      sides[i] = FOR;
      roots[i] = i;
      return;
    }
    const upSide = up < 0 ? FOR : sides[up]!;
    if (kind === SUPPORT) {
      sides[i] = upSide;
      return;
    }
    sides[i] = upSide === FOR ? AGAINST : FOR;
    objections[i] = sides[i] === AGAINST && (up < 0 || kinds[up] !== OBJECTION) ? 1 : 0;
  }

  return { sides, roots, objections };
}

export function sideName(code: number): Side {
  return code === AGAINST ? "against" : "for";
}

export function roleOf(claim: ArgumentClaim, isObjection: boolean): ArgumentRole {
  if (claim.kind !== "objection") return claim.kind;
  return isObjection ? "objection" : "rebuttal";
}
