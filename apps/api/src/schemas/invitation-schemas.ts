// Invitation inputs, shared by the API's invitation router and the web's invite form.
import { z } from "zod";
import { ROLES } from "../domain/roles.ts";

export const createInvitationFields = z.object({
  role: z.enum(ROLES, "Choose the role the invited person will have."),
  expiresInHours: z
    .number()
    .int()
    .min(1, "An invitation must last at least an hour.")
    .max(24 * 30, "An invitation can last at most 30 days."),
});
