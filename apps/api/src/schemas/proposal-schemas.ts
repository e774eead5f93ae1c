// Proposal inputs, shared by the API's router and the web's forms.
import { z } from "zod";
import { idempotencyKey } from "./idempotency-key.ts";

export const PROPOSAL_TITLE_MAX = 300;

export const createProposalFields = z.object({
  title: z
    .string()
    .trim()
    .min(3, "Say what is proposed (at least 3 characters).")
    .max(PROPOSAL_TITLE_MAX, `Keep the title under ${PROPOSAL_TITLE_MAX} characters.`),
  description: z
    .string()
    .trim()
    .max(5000, "Keep the description under 5000 characters.")
    .default(""),
  method: z.enum(
    ["consent", "single_choice", "ranked_choice", "score", "dot"],
    "Choose a voting method.",
  ),
  options: z
    .array(
      z
        .string()
        .trim()
        .min(1, "An option cannot be empty.")
        .max(200, "Keep each option under 200 characters."),
    )
    .max(20, "At most 20 options.")
    .default([]),
  closesAt: z.coerce.date("Give a closing time."),
  quorum: z
    .number()
    .min(0.01, "A quorum is a share between 1% and 100%.")
    .max(1, "A quorum is a share between 1% and 100%.")
    .nullable()
    .default(null),
  scoreMax: z
    .number()
    .int()
    .min(1, "Scores go up to 1–10.")
    .max(10, "Scores go up to 1–10.")
    .default(5),
  dots: z.number().int().min(1, "Give 1 to 50 dots.").max(50, "Give 1 to 50 dots.").default(5),
  // Guests of the debate vote on this proposal only when it says so.
  guestsMayVote: z.boolean().default(false),
  idempotencyKey,
});
