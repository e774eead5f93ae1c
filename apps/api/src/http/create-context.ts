// Builds the tRPC context from a Fastify request: reads the session cookie,
// validates it (sliding expiry) and offers the procedures a cookie writer.
import { TRPCError } from "@trpc/server";
import type { CreateFastifyContextOptions } from "@trpc/server/adapters/fastify";
import { readBearerToken } from "../auth/bearer-token.ts";
import {
  deviceCookieName,
  deviceCookieOptions,
  sessionCookieName,
  sessionCookieOptions,
} from "../auth/session-cookie.ts";
import type { PrismaClient } from "../db.ts";
import type { ApiEnv } from "../env.ts";
import type { EventBus } from "../realtime/event-bus.ts";
import { validateApiToken } from "../services/api-tokens/api-tokens.ts";
import { validateSessionToken } from "../services/sessions.ts";
import type { Context } from "../trpc/context.ts";
import { mapDomainError } from "../trpc/map-domain-error.ts";
import { PACKED_WIRE_HEADER } from "../wire/packed-debate.ts";

/** A lookup made before any procedure runs: a database outage becomes a 503, not a 500. */
async function beforeProcedures<T>(lookup: () => Promise<T>): Promise<T> {
  try {
    return await lookup();
  } catch (error) {
    throw mapDomainError(error) ?? error;
  }
}

const readSession = (prisma: PrismaClient, token: string) =>
  beforeProcedures(() => validateSessionToken(prisma, token));
const readApiToken = (prisma: PrismaClient, token: string) =>
  beforeProcedures(() => validateApiToken(prisma, token));

export function makeCreateContext(prisma: PrismaClient, env: ApiEnv, events: EventBus) {
  const SESSION_COOKIE = sessionCookieName(env.secureCookies);
  const DEVICE_COOKIE = deviceCookieName(env.secureCookies);
  return async ({ req, res }: CreateFastifyContextOptions): Promise<Context> => {
    const token = req.cookies[SESSION_COOKIE];
    const bearer = readBearerToken(req.headers.authorization);
    if (bearer !== null) {
      // One identity per request: a token must not ride along with a browser session.
      if (token) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "Send either an API token or a session cookie, not both.",
        });
      }
      const valid = await readApiToken(prisma, bearer);
      if (!valid) {
        throw new TRPCError({
          code: "UNAUTHORIZED",
          message: "This API token is unknown or has been revoked.",
        });
      }
      return {
        prisma,
        env,
        events,
        user: valid.user,
        session: null,
        apiToken: valid.grant,
        client: { ipAddress: req.ip, userAgent: req.headers["user-agent"]?.slice(0, 300) ?? null },
        sessionCookie: { set: () => {}, clear: () => {} },
        deviceCookie: { value: null, set: () => {} },
      };
    }
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
      packedReads: req.headers[PACKED_WIRE_HEADER] === "packed",
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
