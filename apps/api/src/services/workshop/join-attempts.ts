// Failed join-code attempts, limited per address and per code with the
// PostgreSQL-backed fixed-window counters. Only failures count: a room of
// forty behind one NAT joins freely, while someone trying codes is stopped.
import type { Db } from "../../db.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { consumeRateLimit, type RateLimitRule } from "../rate-limits.ts";

export const JOIN_FAILURES_PER_IP: RateLimitRule = {
  name: "join-failure:ip",
  limit: 20,
  windowMs: 15 * 60_000,
};
/** Refused attempts with one real code (closed, expired, full), from anywhere. */
export const JOIN_FAILURES_PER_CODE: RateLimitRule = {
  name: "join-failure:code",
  limit: 50,
  windowMs: 15 * 60_000,
};

async function failuresSoFar(db: Db, rule: RateLimitRule, subject: string, now: Date) {
  const windowStart = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
  const bucket = await db.rateLimitBucket.findUnique({
    where: { key_windowStart: { key: `${rule.name}:${subject}`, windowStart } },
    select: { count: true },
  });
  return bucket?.count ?? 0;
}

/** Refuses before looking the code up when this address, or this code, failed too often. */
export async function assertJoinAttemptsLeft(
  db: Db,
  ipAddress: string,
  codeId: string | null,
  now = new Date(),
): Promise<void> {
  if ((await failuresSoFar(db, JOIN_FAILURES_PER_IP, ipAddress, now)) >= JOIN_FAILURES_PER_IP.limit)
    throw new DomainError(
      "TOO_MANY_REQUESTS",
      "Too many wrong join codes from here. Wait a quarter of an hour, then try again.",
    );
  if (
    codeId &&
    (await failuresSoFar(db, JOIN_FAILURES_PER_CODE, codeId, now)) >= JOIN_FAILURES_PER_CODE.limit
  )
    throw new DomainError(
      "TOO_MANY_REQUESTS",
      "This join code has been refused too often just now. Ask the facilitator for a new one.",
    );
}

/** Counts one failed attempt against the address and, when the code exists, the code. */
export async function recordJoinFailure(db: Db, ipAddress: string, codeId: string | null) {
  await consumeRateLimit(db, JOIN_FAILURES_PER_IP, ipAddress);
  if (codeId) await consumeRateLimit(db, JOIN_FAILURES_PER_CODE, codeId);
}
