import { describe, expect, it } from "vitest";
import { isoDate } from "./iso-date.ts";

describe("isoDate", () => {
  it("writes every date exactly as toISOString does", () => {
    const times = [
      0,
      Date.UTC(2000, 1, 29, 23, 59, 59, 999),
      Date.UTC(2100, 1, 28, 12),
      Date.UTC(2100, 2, 1),
      Date.UTC(2026, 11, 6, 13, 17, 23, 5),
      Date.UTC(9999, 11, 31, 23, 59, 59, 999),
    ];
    // A day and a bit apart, so every month, leap year and time of day comes round.
    for (let time = 0; time < Date.UTC(2400, 0); time += 90_061_001) times.push(time);
    for (const time of times) {
      const date = new Date(time);
      expect(isoDate(date), String(time)).toBe(date.toISOString());
    }
  });

  it("leaves dates outside 1970-9999 to toISOString, and null as null", () => {
    for (const time of [-1, Date.UTC(1969, 11, 31, 23, 59, 59, 999), Date.UTC(10_000, 0, 1)]) {
      expect(isoDate(new Date(time))).toBe(new Date(time).toISOString());
    }
    expect(() => isoDate(new Date(Number.NaN))).toThrow(RangeError);
    expect(isoDate(null)).toBeNull();
  });
});
