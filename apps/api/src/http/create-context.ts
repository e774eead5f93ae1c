// Builds the tRPC context from a Fastify request: reads the session cookie,
// validates it (sliding expiry) and offers the procedures a cookie writer.
import type { CreateFastifyContextOptions } from "@trpc/server/adapters/fastify";
import {
  deviceCookieName,
  deviceCookieOptions,
  sessionCookieName,
  sessionCookieOptions,
} from "../auth/session-cookie.ts";
import type { PrismaClient } from "../db.ts";
import type { ApiEnv } from "../env.ts";
import type { EventBus } from "../realtime/event-bus.ts";
import { validateSessionToken } from "../services/sessions.ts";
import type { Context } from "../trpc/context.ts";
import { mapDomainError } from "../trpc/map-domain-error.ts";

/** The session for a cookie; a database outage becomes the procedure's 503, not a 500. */
async function readSession(prisma: PrismaClient, token: string) {
  try {
    return await validateSessionToken(prisma, token);
  } catch (error) {
    throw mapDomainError(error) ?? error;
  }
}

export function makeCreateContext(prisma: PrismaClient, env: ApiEnv, events: EventBus) {
  const SESSION_COOKIE = sessionCookieName(env.secureCookies);
  const DEVICE_COOKIE = deviceCookieName(env.secureCookies);
  return async ({ req, res }: CreateFastifyContextOptions): Promise<Context> => {
    const token = req.cookies[SESSION_COOKIE];
    const session = token ? await readSession(prisma, token) : null;
    const sessionCookie = {
      set: (value: string, expiresAt: Date) =>
        res.setCookie(SESSION_COOKIE, value, sessionCookieOptions(env.secureCookies, expiresAt)),
      clear: () => res.setCookie(SESSION_COOKIE, "", sessionCookieOptions(env.secureCookies, null)),
    };
    if (token && !session) sessionCookie.clear();
    if (token && session?.refreshed) sessionCookie.set(token, session.expiresAt);
    return {
      prisma,
      env,
      events,
      user: session?.user ?? null,
      session: session && token ? { publicId: session.publicId, token } : null,
      client: { ipAddress: req.ip, userAgent: req.headers["user-agent"]?.slice(0, 300) ?? null },
      sessionCookie,
      deviceCookie: {
        value: req.cookies[DEVICE_COOKIE] ?? null,
        set: (value) => res.setCookie(DEVICE_COOKIE, value, deviceCookieOptions(env.secureCookies)),
      },
    };
  };
}
