// Starting a session for a person in the browser that made the request:
// sign-up, sign-in and joining a debate as a guest all do it this way.
import { createSession, deleteSessionByToken } from "../services/sessions.ts";
import type { Context } from "./context.ts";

/**
 * Ends the browser's current session, if any, and sets a brand-new token for
 * `userId` (never reusing one, so a planted cookie cannot be fixed in place).
 */
export async function replaceSession(ctx: Context, userId: string): Promise<void> {
  if (ctx.session) await deleteSessionByToken(ctx.prisma, ctx.session.token);
  const { token, expiresAt } = await createSession(ctx.prisma, userId, ctx.client);
  ctx.sessionCookie.set(token, expiresAt);
}
