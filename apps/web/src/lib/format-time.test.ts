import { describe, expect, it } from "vitest";
import { FIRST_DRAW_TIME, RELATIVE_UNITS } from "./format-time";

// The first draw's formats are written by hand (no Intl at start-up): they
// must read exactly as en-US in UTC would write them.
const spaces = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");
const dates = Array.from(
  { length: 400 },
  (_, i) => new Date(Date.UTC(2020, 0, 1) + i * 7_654_321_987),
);

describe("FIRST_DRAW_TIME", () => {
  it("writes dates and times as en-US does in UTC", () => {
    const dateTime = new Intl.DateTimeFormat("en-US", {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "UTC",
    });
    const date = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
    for (const d of dates) {
      expect(FIRST_DRAW_TIME.dateTime(d)).toBe(`${spaces(dateTime.format(d))} UTC`);
      expect(FIRST_DRAW_TIME.date(d.toISOString())).toBe(spaces(date.format(d)));
    }
  });

  it("writes relative times as English does, counted from the read", () => {
    const relative = new Intl.RelativeTimeFormat("en", { numeric: "always" });
    const readAt = "2026-12-05T12:00:00.000Z";
    for (const seconds of [-400_000_000, -90_000, -7_200, -3_599, -61, -60, 61, 86_400 * 3]) {
      const at = new Date(Date.parse(readAt) + seconds * 1000);
      const [unit, size] = RELATIVE_UNITS.find(([, size]) => Math.abs(seconds) >= size)!;
      expect(FIRST_DRAW_TIME.relative(at, readAt)).toBe(
        relative.format(Math.round(seconds / size), unit),
      );
    }
    expect(FIRST_DRAW_TIME.relative(new Date(Date.parse(readAt) - 59_000), readAt)).toBe(
      "just now",
    );
  });
});
