// The session cookie: HttpOnly, SameSite=Lax, Secure over https.
import type { CookieSerializeOptions } from "@fastify/cookie";

export const SESSION_COOKIE = "steelman_session";

export function sessionCookieOptions(
  secure: boolean,
  expiresAt: Date | null,
): CookieSerializeOptions {
  return {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    ...(expiresAt ? { expires: expiresAt } : { maxAge: 0 }),
  };
}
