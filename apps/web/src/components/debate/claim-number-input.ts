import type { Claim } from "@/lib/debate";

/** Reads "#12" or "12" typed by a person into a claim of this debate, or explains why not. */
export function findClaimByTypedNumber(
  typed: string,
  claimByNumber: ReadonlyMap<number, Claim>,
): { claim: Claim } | { error: string } {
  const value = typed.trim().replace(/^#/, "");
  if (!/^\d+$/.test(value)) return { error: "Type the number of a claim, such as 12." };
  const claim = claimByNumber.get(Number(value));
  return claim ? { claim } : { error: `There is no claim #${value} in this debate.` };
}
