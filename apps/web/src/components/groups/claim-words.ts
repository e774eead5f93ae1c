import type { Claim } from "@/lib/debate";

/** A claim as the groups page names it: number and text, from debate.get (hidden text stays hidden). */
export type ClaimText = { number: number; body: string };
export type ClaimTexts = Map<string, ClaimText>;

export function claimTexts(claims: readonly Claim[] | undefined): ClaimTexts {
  return new Map(
    (claims ?? []).map((c) => [
      c.id,
      { number: c.number, body: c.body ?? "(hidden by a facilitator)" },
    ]),
  );
}

export const percent = (rate: number) => `${Math.round(rate * 100)} %`;
