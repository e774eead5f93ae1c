// How long sessions live: a sliding inactivity window, never past an
// absolute lifetime. Pure, so the rules can be tested without a clock.
export const INACTIVITY_MS = 14 * 24 * 60 * 60 * 1000;
export const ABSOLUTE_LIFETIME_MS = 60 * 24 * 60 * 60 * 1000;
/** Touch lastUsedAt at most this often, so reads do not write every time. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

export type SessionTimes = { lastUsedAt: Date; expiresAt: Date; absoluteExpiresAt: Date };

export function newSessionTimes(now: Date): SessionTimes {
  return {
    lastUsedAt: now,
    expiresAt: new Date(now.getTime() + INACTIVITY_MS),
    absoluteExpiresAt: new Date(now.getTime() + ABSOLUTE_LIFETIME_MS),
  };
}

export function isSessionExpired(times: SessionTimes, now: Date): boolean {
  return now >= times.expiresAt || now >= times.absoluteExpiresAt;
}

/** The new times to store when a live session is used, or null when nothing needs writing. */
export function slideSession(times: SessionTimes, now: Date): SessionTimes | null {
  if (now.getTime() - times.lastUsedAt.getTime() < TOUCH_INTERVAL_MS) return null;
  const slid = Math.min(now.getTime() + INACTIVITY_MS, times.absoluteExpiresAt.getTime());
  return { lastUsedAt: now, expiresAt: new Date(slid), absoluteExpiresAt: times.absoluteExpiresAt };
}
