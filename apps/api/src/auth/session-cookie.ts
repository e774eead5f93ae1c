// The session and device cookies: HttpOnly, SameSite=Lax, and over https
// Secure with the __Host- prefix (no Domain, Path=/, set only by this host).
import type { CookieSerializeOptions } from "@fastify/cookie";

export function sessionCookieName(secure: boolean): string {
  return secure ? "__Host-steelman_session" : "steelman_session";
}

export function deviceCookieName(secure: boolean): string {
  return secure ? "__Host-steelman_device" : "steelman_device";
}

/** A browser stays known for sign-in limits this long after its last sign-in. */
export const DEVICE_COOKIE_MAX_AGE_S = 180 * 24 * 60 * 60;

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

export function deviceCookieOptions(secure: boolean): CookieSerializeOptions {
  return { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: DEVICE_COOKIE_MAX_AGE_S };
}
