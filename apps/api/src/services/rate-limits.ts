// Fixed-window counters in PostgreSQL, so every API instance shares them.
import type { Db } from "../db.ts";

export type RateLimitRule = { name: string; limit: number; windowMs: number };

/**
 * Sign-in limits count failures only. Per email for browsers the account has
 * not signed in from; per device token for browsers it has (so a stranger's
 * failures cannot lock the owner out); per address high enough for a room
 * behind one NAT, where successes never count.
 */
export const SIGN_IN_FAILURES_PER_EMAIL: RateLimitRule = {
  name: "sign-in-failures:email",
  limit: 5,
  windowMs: 15 * 60_000,
};
export const SIGN_IN_FAILURES_PER_DEVICE: RateLimitRule = {
  name: "sign-in-failures:device",
  limit: 5,
  windowMs: 15 * 60_000,
};
export const SIGN_IN_FAILURES_PER_IP: RateLimitRule = {
  name: "sign-in-failures:ip",
  limit: 30,
  windowMs: 15 * 60_000,
};
export const PASSWORD_CHANGE_FAILURES: RateLimitRule = {
  name: "password-change-failures:user",
  limit: 5,
  windowMs: 15 * 60_000,
};
export const SIGN_UP_PER_IP: RateLimitRule = {
  name: "sign-up:ip",
  limit: 20,
  windowMs: 60 * 60_000,
};
/** Password-reset mails asked for: per address (whether or not it has an account) and per IP. */
export const PASSWORD_RESET_PER_EMAIL: RateLimitRule = {
  name: "password-reset:email",
  limit: 3,
  windowMs: 60 * 60_000,
};
export const PASSWORD_RESET_PER_IP: RateLimitRule = {
  name: "password-reset:ip",
  limit: 10,
  windowMs: 60 * 60_000,
};
/** Reset and verification links tried per IP (tokens are unguessable; this stops floods). */
export const EMAIL_TOKEN_ATTEMPTS_PER_IP: RateLimitRule = {
  name: "email-token:ip",
  limit: 30,
  windowMs: 15 * 60_000,
};

/**
 * Writes per person per minute: far above what a person types or clicks in a
 * workshop, far below what a script would stuff into a debate.
 */
export const CLAIM_WRITES: RateLimitRule = { name: "write:claim", limit: 60, windowMs: 60_000 };
export const CLAIM_VOTES: RateLimitRule = { name: "write:vote", limit: 120, windowMs: 60_000 };
export const PROPOSALS: RateLimitRule = { name: "write:proposal", limit: 20, windowMs: 60_000 };
export const BALLOTS: RateLimitRule = { name: "write:ballot", limit: 60, windowMs: 60_000 };

export type RateLimitResult = { allowed: boolean; retryAfterMs: number };

/** Counts one attempt and says whether it is within the limit (atomic per bucket). */
export async function consumeRateLimit(
  db: Db,
  rule: RateLimitRule,
  subject: string,
  now = new Date(),
): Promise<RateLimitResult> {
  const windowStart = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
  const key = `${rule.name}:${subject}`;
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    RETURNING "count"`;
  const count = rows[0]?.count ?? 1;
  return {
    allowed: count <= rule.limit,
    retryAfterMs: windowStart.getTime() + rule.windowMs - now.getTime(),
  };
}

/** Whether the subject is still within the limit, without counting anything. */
export async function checkRateLimit(
  db: Db,
  rule: RateLimitRule,
  subject: string,
  now = new Date(),
): Promise<RateLimitResult> {
  const windowStart = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
  const bucket = await db.rateLimitBucket.findUnique({
    where: { key_windowStart: { key: `${rule.name}:${subject}`, windowStart } },
    select: { count: true },
  });
  return {
    allowed: (bucket?.count ?? 0) < rule.limit,
    retryAfterMs: windowStart.getTime() + rule.windowMs - now.getTime(),
  };
}

export async function resetRateLimit(db: Db, rule: RateLimitRule, subject: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key: `${rule.name}:${subject}` } });
}

/** Old windows are useless; drop them now and then. */
export async function pruneRateLimits(db: Db, now = new Date()): Promise<void> {
  await db.rateLimitBucket.deleteMany({
    where: { windowStart: { lt: new Date(now.getTime() - 24 * 60 * 60_000) } },
  });
}
