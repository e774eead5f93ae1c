// What every procedure receives. The HTTP layer builds it from the request
// (http/create-context.ts); integration tests build it directly.

import type { PrismaClient } from "../db.ts";
import type { ApiEnv } from "../env.ts";
import type { EventBus } from "../realtime/event-bus.ts";
import type { ApiTokenGrant } from "../services/api-tokens/api-tokens.ts";
import type { SessionUser } from "../services/sessions.ts";

export type SessionCookieWriter = {
  set(token: string, expiresAt: Date): void;
  clear(): void;
};

/** The browser's device token for sign-in limits (auth/device-token.ts). */
export type DeviceCookie = {
  value: string | null;
  set(token: string): void;
};

export type Context = {
  prisma: PrismaClient;
  env: ApiEnv;
  /** This instance's live event fan-out (PostgreSQL LISTEN). */
  events: EventBus;
  user: SessionUser | null;
  session: { publicId: string; token: string } | null;
  /** Set when the request is made with a personal API token instead of a session. */
  apiToken?: ApiTokenGrant | null;
  client: { ipAddress: string; userAgent: string | null };
  sessionCookie: SessionCookieWriter;
  deviceCookie: DeviceCookie;
  /** The web's own client asks for whole-debate reads packed (wire/packed-debate.ts). */
  packedReads?: boolean;
};
