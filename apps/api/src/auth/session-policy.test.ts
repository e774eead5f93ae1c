import { describe, expect, it } from "vitest";
import {
  ABSOLUTE_LIFETIME_MS,
  INACTIVITY_MS,
  isSessionExpired,
  newSessionTimes,
  slideSession,
} from "./session-policy.ts";

const start = new Date("2026-01-01T00:00:00Z");
const later = (ms: number) => new Date(start.getTime() + ms);
const DAY = 24 * 60 * 60 * 1000;

describe("session policy", () => {
  it("expires after the inactivity window when unused", () => {
    const times = newSessionTimes(start);
    expect(isSessionExpired(times, later(INACTIVITY_MS - 1))).toBe(false);
    expect(isSessionExpired(times, later(INACTIVITY_MS))).toBe(true);
  });

  it("slides the inactivity window when used", () => {
    const slid = slideSession(newSessionTimes(start), later(10 * DAY));
    expect(slid?.expiresAt).toEqual(later(10 * DAY + INACTIVITY_MS));
  });

  it("never slides past the absolute lifetime", () => {
    let times = newSessionTimes(start);
    for (let day = 10; day < 70; day += 10) {
      const now = later(day * DAY);
      if (isSessionExpired(times, now)) break;
      times = slideSession(times, now) ?? times;
    }
    expect(times.expiresAt.getTime()).toBeLessThanOrEqual(start.getTime() + ABSOLUTE_LIFETIME_MS);
    expect(isSessionExpired(times, later(ABSOLUTE_LIFETIME_MS))).toBe(true);
  });

  it("does not write on every request", () => {
    expect(slideSession(newSessionTimes(start), later(60_000))).toBeNull();
  });
});
