/** Builders for the debates used in this module's tests. */
import { computeArgumentStatus } from "./argument-status.ts";
import type { ArgumentClaim, ArgumentLink } from "./types.ts";

type Extra = Partial<Omit<ArgumentClaim, "id" | "kind" | "targetId">>;

function claim(
  id: string,
  kind: ArgumentClaim["kind"],
  targetId: string | null,
  extra: Extra,
): ArgumentClaim {
  return { id, kind, targetId, moderation: "visible", resolution: null, ...extra };
}

export const position = (id: string, extra: Extra = {}) => claim(id, "position", null, extra);
export const proposal = (id: string, extra: Extra = {}) => claim(id, "proposal", null, extra);
export const support = (id: string, targetId: string, extra: Extra = {}) =>
  claim(id, "support", targetId, extra);
export const objection = (id: string, targetId: string, extra: Extra = {}) =>
  claim(id, "objection", targetId, extra);
export const link = (fromId: string, toId: string): ArgumentLink => ({ fromId, toId });

/** Position `p` and objections `o1..oN`, each objecting to the one before. */
export function rebuttalChain(length: number): ArgumentClaim[] {
  const claims = [position("p")];
  for (let k = 1; k <= length; k++) claims.push(objection(`o${k}`, k === 1 ? "p" : `o${k - 1}`));
  return claims;
}

/** A debate's argument status, with `view(id)` that fails loudly for a claim without one. */
export function statusOf(claims: ArgumentClaim[], links: ArgumentLink[] = []) {
  const result = computeArgumentStatus(claims, links);
  const view = (id: string) => {
    const entry = result.statusOf(id);
    if (!entry) throw new Error(`no status for ${id}`);
    return entry;
  };
  return { ...result, view };
}
