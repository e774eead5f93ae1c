// Decision inputs, shared by the API's router and the web's forms.
import { z } from "zod";
import { DISPOSITIONS } from "../domain/vocabulary.ts";
import { idempotencyKey } from "./idempotency-key.ts";

export const OUTCOME_MAX = 2000;
export const RATIONALE_MAX = 10_000;

const claimId = z.uuid("Unknown claim.");

export const recordDecisionFields = z.object({
  outcome: z
    .string()
    .trim()
    .min(3, "Say what was decided.")
    .max(OUTCOME_MAX, "Keep the outcome under 2000 characters."),
  rationale: z
    .string()
    .trim()
    .max(RATIONALE_MAX, "Keep the rationale under 10,000 characters.")
    .default(""),
  proposalId: z.uuid("Unknown proposal.").nullable().default(null),
  premiseClaimIds: z.array(claimId).max(50, "A decision rests on at most 50 claims.").default([]),
  ownerId: z.uuid("Choose who owns this decision."),
  reviewBy: z.coerce.date("Give a review date.").nullable().default(null),
  supersedesDecisionId: z.uuid("Unknown decision.").nullable().default(null),
  amendsDecisionId: z.uuid("Unknown decision.").nullable().default(null),
  dispositions: z
    .array(
      z.object({
        claimId,
        disposition: z.enum(DISPOSITIONS, "Choose accepted risk, will monitor or out of scope."),
        note: z.string().trim().max(1000, "Keep each note under 1000 characters.").default(""),
      }),
    )
    .default([]),
  idempotencyKey,
});
