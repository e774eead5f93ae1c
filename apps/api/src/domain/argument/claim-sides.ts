// Sides and roles (DESIGN.md, "Sides, and what unanswered counts"). A claim's
// side follows its primary target only — extra links never change it — and
// hidden or withdrawn ancestors still count: sides are a property of the tree.
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

function isRoot(claim: ArgumentClaim): boolean {
  return claim.kind === "position" || claim.kind === "proposal";
}

/**
 * Side, root and objection-or-rebuttal of every claim, linear in the claims.
 * `targetOf[k]` is the index in `claims` of claim k's primary target, or -1.
 * A claim whose target is unknown hangs from an unnamed root on the `for` side.
 */
export function computeClaimSides(
  claims: readonly ArgumentClaim[],
  targetOf: Int32Array,
): ClaimSides {
  const size = claims.length;
  const sides = new Uint8Array(size);
  const roots = new Int32Array(size).fill(-1);
  const objections = new Uint8Array(size);
  const state = new Uint8Array(size);
  const parent = new Int32Array(size).fill(-1);
  const chain: number[] = [];

  for (let start = 0; start < size; start++) {
    if (state[start] === DONE) continue;
    // Walk up to a claim already placed (or a root), then place the chain top-down.
    let k = start;
    while (k >= 0 && state[k] === UNKNOWN) {
      state[k] = WALKING;
      chain.push(k);
      const target = isRoot(claims[k]!) ? -1 : targetOf[k]!;
      // A target cycle (only possible in corrupt data) is cut where it closes.
      parent[k] = target < 0 || state[target] === WALKING ? -1 : target;
      k = parent[k]!;
    }
    for (let c = chain.length - 1; c >= 0; c--) {
      const i = chain[c]!;
      place(i);
      state[i] = DONE;
    }
    chain.length = 0;
  }

  function place(i: number): void {
    const claim = claims[i]!;
    const up = parent[i]!;
    if (isRoot(claim)) {
      sides[i] = FOR;
      roots[i] = i;
      return;
    }
    const upSide = up < 0 ? FOR : sides[up]!;
    roots[i] = up < 0 ? -1 : roots[up]!;
    if (claim.kind === "support") {
      sides[i] = upSide;
      return;
    }
    sides[i] = upSide === FOR ? AGAINST : FOR;
    const upKind = up < 0 ? null : claims[up]!.kind;
    objections[i] = sides[i] === AGAINST && upKind !== "objection" ? 1 : 0;
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
