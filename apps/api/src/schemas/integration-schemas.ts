// Inputs for personal API tokens and outgoing webhooks (shared with the web's forms).
import { z } from "zod";

export const API_TOKEN_SCOPES = ["read", "write"] as const;

export const createApiTokenFields = z.object({
  workspaceId: z.uuid("Choose a workspace."),
  name: z
    .string()
    .trim()
    .min(1, "Give the token a name, e.g. what will use it.")
    .max(80, "Keep the name under 80 characters."),
  scope: z.enum(API_TOKEN_SCOPES, "Choose read or write."),
});

/** Event types a webhook may subscribe to; "*" means every event. */
export const webhookEventTypes = z
  .array(z.string().trim().min(1).max(60, "Event types are short names like claim.posted."))
  .min(1, "Choose at least one event type.")
  .max(50, "Choose at most 50 event types.");

export const webhookUrl = z
  .string()
  .trim()
  .max(2000, "Keep the address under 2000 characters.")
  .refine((value) => URL.canParse(value), "Enter a full address, e.g. https://chat.example/hook.");
