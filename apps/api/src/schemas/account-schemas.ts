// Account inputs, shared by the API's auth router and the web's sign-up and
// sign-in forms. The rules themselves live in domain/credentials.ts.
import { z } from "zod";
import {
  displayNameSchema,
  emailSchema,
  PASSWORD_MAX,
  PASSWORD_MIN,
  passwordSchema,
} from "../domain/credentials.ts";

export { PASSWORD_MAX, PASSWORD_MIN };

export const signUpFields = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: displayNameSchema,
  /** Where to go once signed in; kept through the confirmation mail when it is a path on this site. */
  next: z.string().max(4000).optional(),
});

export const signInFields = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(1024),
});

export const requestPasswordResetFields = z.object({ email: emailSchema });

export const resetPasswordFields = z.object({
  token: z.string().min(1, "This reset link is incomplete.").max(200),
  newPassword: passwordSchema,
});
