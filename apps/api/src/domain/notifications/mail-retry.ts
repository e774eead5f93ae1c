// When a notification mail that failed is tried again: a minute after the
// first failure, doubling up to six hours, and not after the eighth (about
// 11 hours in all; immediate mail is only sent for a day-old notification
// anyway). A mail server that is down is not hammered every few seconds.
export const MAIL_ATTEMPTS = 8;
const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 6 * 60 * 60_000;

/** After `failures` failed sends, when to try again; null once it is given up. */
export function nextMailAttempt(failures: number, now: Date): Date | null {
  if (failures >= MAIL_ATTEMPTS) return null;
  const delay = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1), LONGEST_RETRY_MS);
  return new Date(now.getTime() + delay);
}
