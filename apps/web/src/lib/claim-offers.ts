import { type ClaimActions, decodeClaimActions } from "@steelman/api/claim-actions";
import type { Claim } from "./debate";

/** What to offer on a claim: what the server says this reader may do, plus what there is to show. */
export type ClaimOffers = ClaimActions & { explain: boolean; history: boolean };

export function claimOffers(claim: Pick<Claim, "can" | "moderation" | "status" | "body">) {
  return {
    ...decodeClaimActions(claim.can),
    // Reading, not changing: anyone who sees the claim may ask why, or read its history.
    explain: claim.moderation === "visible" && claim.status !== null,
    history: claim.body !== null,
  } satisfies ClaimOffers;
}
