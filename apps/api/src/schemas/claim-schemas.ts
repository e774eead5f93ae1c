// Claim inputs, shared by the API's router and the web's forms.
import { z } from "zod";
import { CLAIM_BODY_MAX } from "../domain/debate/claim-rules.ts";
import { idempotencyKey } from "./idempotency-key.ts";

export { CLAIM_BODY_MAX };

export const claimBody = z
  .string()
  .trim()
  .min(1, "Write the claim before posting it.")
  .max(CLAIM_BODY_MAX, `Keep a claim under ${CLAIM_BODY_MAX} characters; split longer arguments.`);

/** People picked in the composer's "@" list (each must still be named in the text to count). */
const mentions = z
  .array(z.uuid("Unknown person."), "Mentions are a list of people.")
  .max(20, "Mention at most 20 people in one claim.")
  .optional();

export const postClaimFields = z.object({
  kind: z.enum(["position", "support", "objection"], "Choose what kind of claim this is."),
  targetId: z.uuid("Unknown claim.").nullable().default(null),
  body: claimBody,
  mentions,
  idempotencyKey,
});

export const editClaimFields = z.object({ body: claimBody, mentions });
