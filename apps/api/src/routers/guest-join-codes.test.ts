// Join codes the facilitator controls: how many guests a code admits (and
// how many it has), closing and renewing, expiry (12 h by default), codes
// too long to guess, and limits on failed attempts per address and per code.
import { describe, expect, it } from "vitest";
import {
  JOIN_FAILURES_PER_CODE,
  JOIN_FAILURES_PER_IP,
} from "../services/workshop/join-attempts.ts";
import { expectTrpcError, uniqueIp } from "../test/assertions.ts";
import { callerWithToken, testPrisma } from "../test/harness.ts";
import { arrangeWorkshop, debateEvents, joinAsGuest } from "../test/workshop-fixtures.ts";

const HOUR = 60 * 60_000;

describe("opening a code", () => {
  it("draws a 10-character Crockford code, shown grouped, valid 12 hours by default", async () => {
    const f = await arrangeWorkshop();
    const seen = await f.facilitator.caller.workshop.joinCode({ debateId: f.debateId });
    expect(seen?.code).toMatch(
      /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/,
    );
    const hours = (seen!.expiresAt.getTime() - seen!.createdAt.getTime()) / HOUR;
    expect(hours).toBeCloseTo(12, 1);
    expect(seen).toMatchObject({ maxGuests: null, admitted: 1, expired: false });
    const guest = await joinAsGuest(seen!.code.replaceAll("-", "").toLowerCase(), "No dashes");
    expect(guest.userId).toEqual(expect.any(String));
  });

  it("takes a guest limit and an expiry in hours, and refuses guests past the limit", async () => {
    const f = await arrangeWorkshop();
    const opened = await f.facilitator.caller.workshop.openJoinCode({
      debateId: f.debateId,
      role: "member",
      maxGuests: 2,
      expiresInHours: 2,
    });
    expect(opened).toMatchObject({ maxGuests: 2, admitted: 0 });
    expect((opened.expiresAt.getTime() - opened.createdAt.getTime()) / HOUR).toBeCloseTo(2, 1);
    await joinAsGuest(opened.code, "One");
    await joinAsGuest(opened.code, "Two");
    const { caller, cookies } = await callerWithToken(null, uniqueIp());
    await expectTrpcError(
      caller.guest.join({ code: opened.code, displayName: "Three" }),
      "CONFLICT",
      "This join code has admitted all the guests it allows. Ask the facilitator to raise the limit.",
    );
    expect(cookies.set).toEqual([]);
    expect(await f.facilitator.caller.workshop.joinCode({ debateId: f.debateId })).toMatchObject({
      admitted: 2,
      maxGuests: 2,
    });
    await f.facilitator.caller.workshop.setGuestLimit({ debateId: f.debateId, maxGuests: 3 });
    await joinAsGuest(opened.code, "Three");
    expect((await debateEvents(f.debateId)).map((e) => e.type)).toContain("join_code.limited");
  });

  it("refuses an expired code with a clear message", async () => {
    const f = await arrangeWorkshop();
    await testPrisma().debateJoinCode.updateMany({
      where: { debateId: f.debateId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expectTrpcError(
      joinAsGuest(f.code, "Late"),
      "NOT_FOUND",
      "This join code has expired. Ask the facilitator for a new one.",
    );
    expect(await f.facilitator.caller.workshop.joinCode({ debateId: f.debateId })).toMatchObject({
      expired: true,
    });
  });

  it("refuses an unknown code with a clear message", async () => {
    const { caller } = await callerWithToken(null, uniqueIp());
    await expectTrpcError(
      caller.guest.preview({ code: "ZZZZ-ZZZZ-ZZ" }),
      "NOT_FOUND",
      "There is no join code like that. Check the code shown in the room.",
    );
  });
});

describe("renewing a code", () => {
  it("draws a fresh code with the same role and limit; the old one stops working", async () => {
    const f = await arrangeWorkshop();
    await f.facilitator.caller.workshop.setGuestLimit({ debateId: f.debateId, maxGuests: 5 });
    const renewed = await f.facilitator.caller.workshop.renewJoinCode({ debateId: f.debateId });
    expect(renewed.code).not.toBe(f.code);
    expect(renewed).toMatchObject({ role: "member", maxGuests: 5, admitted: 0 });
    await expectTrpcError(joinAsGuest(f.code, "Old code"), "NOT_FOUND", /closed this join code/);
    await joinAsGuest(renewed.code, "New code");
    expect((await debateEvents(f.debateId)).at(-2)?.type).toBe("join_code.renewed");
  });
});

describe("failed attempts", () => {
  it("after too many wrong codes from one address, even the right code is refused there", async () => {
    const f = await arrangeWorkshop();
    const ip = uniqueIp();
    const { caller } = await callerWithToken(null, ip);
    for (let i = 0; i < JOIN_FAILURES_PER_IP.limit; i++) {
      await expectTrpcError(caller.guest.preview({ code: `WRONG${i}` }), "NOT_FOUND");
    }
    await expectTrpcError(
      caller.guest.join({ code: f.code, displayName: "Guesser" }),
      "TOO_MANY_REQUESTS",
      /Too many wrong join codes from here/,
    );
    await joinAsGuest(f.code, "From elsewhere");
  });

  it("a refused code stops answering after too many failures, from any address", async () => {
    const f = await arrangeWorkshop();
    await f.facilitator.caller.workshop.closeJoinCode({ debateId: f.debateId });
    for (let i = 0; i < JOIN_FAILURES_PER_CODE.limit; i++) {
      const { caller } = await callerWithToken(null, uniqueIp());
      await expectTrpcError(caller.guest.preview({ code: f.code }), "NOT_FOUND");
    }
    const { caller } = await callerWithToken(null, uniqueIp());
    await expectTrpcError(
      caller.guest.preview({ code: f.code }),
      "TOO_MANY_REQUESTS",
      /refused too often/,
    );
  });
});
