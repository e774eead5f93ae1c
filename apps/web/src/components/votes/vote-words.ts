import type { Agreement } from "@steelman/api/vocabulary";
import type { Claim } from "@/lib/debate";

export type { Agreement } from "@steelman/api/vocabulary";
export type ClaimTally = NonNullable<Claim["tally"]>;
export type ClaimVote = NonNullable<Claim["myVote"]>;

export const AGREEMENT_LABELS: Record<Agreement, string> = {
  agree: "Agree",
  unsure: "Unsure",
  disagree: "Disagree",
};

export const IMPACT_LABELS = [
  "0 — no bearing",
  "1 — slight",
  "2 — moderate",
  "3 — strong",
  "4 — decisive",
] as const;

/** "3 agree · 1 unsure · 0 disagree · impact 2.5" */
export function tallyText(tally: ClaimTally): string {
  const parts = [`${tally.agree} agree`, `${tally.unsure} unsure`, `${tally.disagree} disagree`];
  if (tally.impactMean !== null) parts.push(`impact ${Number(tally.impactMean.toFixed(1))}`);
  return parts.join(" · ");
}

/** "Agree, impact 3" */
export function voteText(vote: ClaimVote): string {
  const agreement = AGREEMENT_LABELS[vote.agreement];
  return vote.impact === null ? agreement : `${agreement}, impact ${vote.impact}`;
}
