import { describe, expect, it } from "vitest";
import { parseUtcTimestamp } from "./utc-timestamp.ts";

/** How timestamps were read before: V8's parse of the text made ISO. */
const viaIsoString = (text: string) => new Date(`${text.replace(" ", "T")}Z`);

/** PostgreSQL's text for a timestamp(3): trailing zeros of the fraction dropped, no fraction if none. */
const postgresText = (date: Date) =>
  date
    .toISOString()
    .replace("T", " ")
    .replace("Z", "")
    .replace(/\.?0+$/, "");

describe("parseUtcTimestamp", () => {
  it("reads PostgreSQL's text of a timestamp (a column's or JSON's) as the same instant, whatever its fraction", () => {
    const texts = [
      "2026-12-06 13:17:23",
      "2026-12-06 13:17:23.1",
      "2026-12-06 13:17:23.12",
      "2026-12-06 13:17:23.123",
      "2026-12-06 13:17:23.005",
      "2024-02-29 00:00:00.5",
      "1999-12-31 23:59:59.999",
      "1000-01-01 00:00:00",
      "9999-12-31 23:59:59.999",
      // As JSON writes a timestamp.
      "2026-12-06T13:17:23",
      "2026-12-06T13:17:23.12",
    ];
    for (let step = 0; step < 2_000; step++) {
      const text = postgresText(new Date(Date.UTC(1970, 0, 1) + step * 9_876_543_217));
      texts.push(text, text.replace(" ", "T"));
    }
    for (const text of texts) {
      expect(parseUtcTimestamp(text).toISOString(), text).toBe(viaIsoString(text).toISOString());
    }
  });

  it("reads any other shape as before, invalid ones included", () => {
    for (const text of [
      "0050-01-01 00:00:00",
      "12345-01-01 00:00:00",
      "2026-12-06 13:17:23 BC",
      "2026-12-06 13:17:23.",
      "infinity",
      "2026-12-06X13:17:23",
      // The usual length and separators where it looks, but not digits, or not the other separators.
      "2026-1x-06 13:17:23",
      "2026-12-06 13:17:2x.123",
      "2026-12-06 13:17:23.1x",
      "2026-12/06 13:17:23",
      "2026-12-06 13-17:23",
      "2026-12-06 13:17-23",
    ]) {
      expect(parseUtcTimestamp(text).getTime(), text).toEqual(viaIsoString(text).getTime());
    }
  });
});
