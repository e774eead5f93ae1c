import { z } from "zod";

/**
 * Sent with every create: one key per form submission, kept until it
 * succeeds, so a double click or a retry creates one thing.
 */
export const idempotencyKey = z
  .uuid("The form's submission key is not valid; reload the page and try again.")
  .optional();
