import { describe, expect, it } from "vitest";
import { MAIL_ATTEMPTS, nextMailAttempt } from "./mail-retry.ts";

const at = new Date("2026-12-05T00:00:00Z");
const minutesAfter = (date: Date | null) =>
  date ? (date.getTime() - at.getTime()) / 60_000 : null;

describe("nextMailAttempt", () => {
  it("waits a minute, then twice as long each time, at most six hours", () => {
    const waits = Array.from({ length: MAIL_ATTEMPTS - 1 }, (_, i) =>
      minutesAfter(nextMailAttempt(i + 1, at)),
    );
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64]);
    expect(minutesAfter(nextMailAttempt(0, at))).toBe(1);
  });

  it("gives up after the last attempt", () => {
    expect(nextMailAttempt(MAIL_ATTEMPTS, at)).toBeNull();
    expect(nextMailAttempt(MAIL_ATTEMPTS + 3, at)).toBeNull();
  });
});
