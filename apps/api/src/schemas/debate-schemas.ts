// Debate inputs, shared by the API's router and the web's forms.
import { z } from "zod";
import { idempotencyKey } from "./idempotency-key.ts";

export const QUESTION_MAX = 300;
export const DESCRIPTION_MAX = 5000;

export const debateQuestion = z
  .string()
  .trim()
  .min(3, "Write the question or motion (at least 3 characters).")
  .max(QUESTION_MAX, `Keep the question under ${QUESTION_MAX} characters.`);

export const debateDescription = z
  .string()
  .trim()
  .max(DESCRIPTION_MAX, `Keep the description under ${DESCRIPTION_MAX} characters.`);

export const createDebateFields = z.object({
  question: debateQuestion,
  description: debateDescription.default(""),
  anonymous: z.boolean().default(false),
  hideTallies: z.boolean().default(false),
  membersMayPropose: z.boolean().default(false),
  claimVotesOnlyInVoting: z.boolean().default(false),
  guestsSeeGroups: z.boolean().default(false),
  idempotencyKey,
});

/** A moment in a debate's past: an event number, or an ISO date and time. */
export const debateMoment = z
  .string()
  .max(40, "Give the moment as an event number or an ISO date and time.")
  .refine(
    (text) =>
      /^\d{1,18}$/.test(text) ||
      (/^\d{4}-\d\d-\d\dT/.test(text) && !Number.isNaN(Date.parse(text))),
    "Give the moment as an event number or an ISO date and time.",
  );
