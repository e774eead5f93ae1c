import { describe, expect, it } from "vitest";
import {
  displayJoinCode,
  JOIN_CODE_REFUSALS,
  type JoinCodeFacts,
  joinCodeRefusal,
  makeJoinCode,
  normaliseJoinCode,
} from "./join-code.ts";

describe("join codes", () => {
  it("are 10 characters of Crockford base32 (50 bits), shown in groups of four", () => {
    const code = makeJoinCode(crypto.getRandomValues(new Uint8Array(10)));
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(displayJoinCode("K7QXM2PD9R")).toBe("K7QX-M2PD-9R");
  });

  it("read what people type: any case, spaces or dashes, and look-alike letters", () => {
    for (const typed of ["k7qx-m2pd-9r", " K7QX M2PD 9R ", "k7qxm2pd9r"]) {
      expect(normaliseJoinCode(typed)).toBe("K7QXM2PD9R");
    }
    expect(normaliseJoinCode("i0lo")).toBe("1010");
  });
});

describe("joinCodeRefusal", () => {
  const now = new Date("2026-12-04T12:00:00Z");
  const open: JoinCodeFacts = {
    closedAt: null,
    createdAt: new Date("2026-12-04T11:00:00Z"),
    expiresAt: new Date("2026-12-04T13:00:00Z"),
    maxGuests: 2,
    admitted: 1,
    archived: false,
  };

  it("admits while open, unexpired and below its limit", () => {
    expect(joinCodeRefusal(open, now)).toBeNull();
    expect(joinCodeRefusal({ ...open, maxGuests: null, admitted: 500 }, now)).toBeNull();
  });

  it("says why it refuses: unknown, closed, expired, full, archived", () => {
    expect(joinCodeRefusal(null, now)).toBe(JOIN_CODE_REFUSALS.unknown);
    expect(joinCodeRefusal({ ...open, closedAt: now }, now)).toBe(JOIN_CODE_REFUSALS.closed);
    expect(joinCodeRefusal({ ...open, expiresAt: now }, now)).toBe(JOIN_CODE_REFUSALS.expired);
    expect(joinCodeRefusal({ ...open, admitted: 2 }, now)).toBe(JOIN_CODE_REFUSALS.full);
    expect(joinCodeRefusal({ ...open, archived: true }, now)).toBe(JOIN_CODE_REFUSALS.archived);
  });

  it("counts a code from before expiry existed as expiring 12 hours after it opened", () => {
    const old = { ...open, expiresAt: null, createdAt: new Date("2026-12-03T23:00:00Z") };
    expect(joinCodeRefusal(old, now)).toBe(JOIN_CODE_REFUSALS.expired);
    expect(
      joinCodeRefusal({ ...old, createdAt: new Date("2026-12-04T01:00:00Z") }, now),
    ).toBeNull();
  });
});
