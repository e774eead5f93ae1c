// What every procedure receives. The HTTP layer builds it from the request
// (http/create-context.ts); integration tests build it directly.

import type { PrismaClient } from "../db.ts";
import type { ApiEnv } from "../env.ts";
import type { EventBus } from "../realtime/event-bus.ts";
import type { SessionUser } from "../services/sessions.ts";

export type SessionCookieWriter = {
  set(token: string, expiresAt: Date): void;
  clear(): void;
};

export type Context = {
  prisma: PrismaClient;
  env: ApiEnv;
  /** This instance's live event fan-out (PostgreSQL LISTEN). */
  events: EventBus;
  user: SessionUser | null;
  session: { publicId: string; token: string } | null;
  client: { ipAddress: string; userAgent: string | null };
  sessionCookie: SessionCookieWriter;
};
