// Guests in a workshop: the facilitator opens a join code, a person types it
// with a display name only and gets a session that reaches that one debate,
// with the role the code carries. Codes can be replaced and closed; guests
// can be removed; the facilitator sees who has taken part.
import { describe, expect, it } from "vitest";
import { createSession } from "../services/sessions.ts";
import { expectTrpcError, uniqueIp } from "../test/assertions.ts";
import { openDebate, post } from "../test/debate-fixtures.ts";
import { callerWithToken, signedOutCaller, testPrisma } from "../test/harness.ts";
import { arrangeWorkshop, debateEvents, joinAsGuest } from "../test/workshop-fixtures.ts";

const CLOSED = "The facilitator has closed this join code. Ask them for the current one.";
const ARCHIVED = "This debate is archived: it takes no new guests.";

describe("joining by code", () => {
  it("previews the question, then joins with a name only into that one debate", async () => {
    const f = await arrangeWorkshop();
    expect(await (await signedOutCaller()).guest.preview({ code: f.code })).toEqual({
      question: "Should we adopt a four-day week?",
      workspaceName: f.workspace.name,
      role: "member",
      youAre: null,
    });
    const g = f.guest.caller;
    expect(await g.auth.me()).toMatchObject({ displayName: "Guest Grace", isGuest: true });
    const read = await g.debate.get({ debateId: f.debateId });
    expect(read.debate).toMatchObject({ id: f.debateId, viewerRole: "member" });
    const claim = await post(g, f.debateId, "objection", f.position.id, "Fridays matter");
    await g.claim.vote({ claimId: f.position.id, agreement: "disagree" });
    for (const reader of [g, f.member.caller]) {
      const seen = await reader.debate.get({ debateId: f.debateId });
      const authorId = seen.claims.find((c) => c.id === claim.id)?.authorId;
      expect(authorId && { id: authorId, displayName: seen.people[authorId] }).toEqual({
        id: f.guest.userId,
        displayName: "Guest Grace",
      });
    }
    const vote = await testPrisma().claimVote.findFirstOrThrow({
      where: { claimId: f.position.id, userId: f.guest.userId },
    });
    expect(vote.agreement).toBe("disagree");
    expect(await g.workspace.list()).toEqual([]);
    const otherId = await openDebate(f.facilitator.caller, f.workspace.id, { question: "Other?" });
    await expectTrpcError(g.debate.get({ debateId: otherId }), "NOT_FOUND");
    const joined = (await debateEvents(f.debateId)).find((e) => e.type === "guest.joined");
    expect(joined).toMatchObject({
      actorId: f.guest.userId,
      subjectId: f.guest.userId,
      data: { displayName: "Guest Grace", role: "member" },
    });
  });

  it("accepts a code typed in lower case, with spaces or a dash", async () => {
    const f = await arrangeWorkshop();
    const lower = f.code.toLowerCase();
    const typed = [
      ` ${lower.slice(0, 3)} ${lower.slice(3)} `,
      `${lower.slice(0, 3)}-${lower.slice(3)}`,
    ];
    for (const code of typed) {
      expect((await (await signedOutCaller()).guest.preview({ code })).role).toBe("member");
      const guest = await joinAsGuest(code, "Typed it");
      expect((await guest.caller.debate.get({ debateId: f.debateId })).debate.id).toBe(f.debateId);
    }
  });

  it("refuses a blank name, creating nobody and setting no cookie", async () => {
    const f = await arrangeWorkshop();
    const { caller, cookies } = await callerWithToken(null, uniqueIp());
    await expectTrpcError(
      caller.guest.join({ code: f.code, displayName: "   " }),
      "BAD_REQUEST",
      /Enter your name as others should see it\./,
    );
    expect(cookies.set).toEqual([]);
    expect(await testPrisma().guestGrant.count({ where: { debateId: f.debateId } })).toBe(1);
  });
});

describe("replacing and closing codes", () => {
  it("opening a new code closes the old one", async () => {
    const f = await arrangeWorkshop();
    const next = await f.facilitator.caller.workshop.openJoinCode({
      debateId: f.debateId,
      role: "member",
    });
    const outsider = await signedOutCaller();
    await expectTrpcError(outsider.guest.preview({ code: f.code }), "NOT_FOUND", CLOSED);
    await expectTrpcError(joinAsGuest(f.code, "Too late"), "NOT_FOUND", CLOSED);
    expect((await outsider.guest.preview({ code: next.code })).role).toBe("member");
    await joinAsGuest(next.code, "On time");
    expect(await f.facilitator.caller.workshop.joinCode({ debateId: f.debateId })).toMatchObject({
      code: next.code,
    });
  });

  it("a closed code is refused with a clear message; the guests already in stay", async () => {
    const f = await arrangeWorkshop();
    await f.facilitator.caller.workshop.closeJoinCode({ debateId: f.debateId });
    const { caller, cookies } = await callerWithToken(null, uniqueIp());
    await expectTrpcError(caller.guest.preview({ code: f.code }), "NOT_FOUND", CLOSED);
    await expectTrpcError(
      caller.guest.join({ code: f.code, displayName: "Late" }),
      "NOT_FOUND",
      CLOSED,
    );
    expect(cookies.set).toEqual([]);
    await expectTrpcError(
      f.facilitator.caller.workshop.closeJoinCode({ debateId: f.debateId }),
      "CONFLICT",
      "There is no open join code to close.",
    );
    expect(await f.facilitator.caller.workshop.joinCode({ debateId: f.debateId })).toBeNull();
    expect((await f.guest.caller.debate.get({ debateId: f.debateId })).debate.id).toBe(f.debateId);
  });

  it("a code of a debate archived since is refused", async () => {
    const f = await arrangeWorkshop();
    await f.facilitator.caller.debate.archive({ debateId: f.debateId });
    await expectTrpcError(joinAsGuest(f.code, "Late"), "NOT_FOUND", ARCHIVED);
  });
});

describe("guest roles and removal", () => {
  it("an observer-role code lets a guest read but not post or vote", async () => {
    const f = await arrangeWorkshop();
    const { code } = await f.facilitator.caller.workshop.openJoinCode({
      debateId: f.debateId,
      role: "observer",
    });
    const watcher = await joinAsGuest(code, "Watcher");
    const read = await watcher.caller.debate.get({ debateId: f.debateId });
    expect(read.debate.viewerRole).toBe("observer");
    await expectTrpcError(
      watcher.caller.claim.post({ debateId: f.debateId, kind: "position", body: "Hello" }),
      "FORBIDDEN",
    );
    await expectTrpcError(
      watcher.caller.claim.vote({ claimId: f.position.id, agreement: "agree" }),
      "FORBIDDEN",
    );
    expect(await testPrisma().claim.count({ where: { authorId: watcher.userId } })).toBe(0);
  });

  it("removing a guest ends their session and their access to the debate", async () => {
    const f = await arrangeWorkshop();
    const fc = f.facilitator.caller;
    await fc.workshop.removeGuest({ debateId: f.debateId, guestUserId: f.guest.userId });
    const stale = await callerWithToken(f.guest.token);
    expect(stale.ctx.user).toBeNull();
    await expectTrpcError(stale.caller.debate.get({ debateId: f.debateId }), "UNAUTHORIZED");
    // Even with a session, the removed grant no longer opens the debate.
    const { token } = await createSession(testPrisma(), f.guest.userId, {
      userAgent: "vitest",
      ipAddress: null,
    });
    const again = (await callerWithToken(token)).caller;
    await expectTrpcError(again.debate.get({ debateId: f.debateId }), "NOT_FOUND");
    await expectTrpcError(
      again.claim.post({ debateId: f.debateId, kind: "position", body: "Back" }),
      "NOT_FOUND",
    );
    expect(await fc.workshop.guests({ debateId: f.debateId })).toEqual([
      expect.objectContaining({ removedAt: expect.any(Date) }),
    ]);
    const removed = (await debateEvents(f.debateId)).at(-1);
    expect(removed).toMatchObject({ type: "guest.removed", subjectId: f.guest.userId });
    await expectTrpcError(
      fc.workshop.removeGuest({ debateId: f.debateId, guestUserId: f.guest.userId }),
      "NOT_FOUND",
      "No such guest in this debate.",
    );
  });

  it("a facilitator cannot remove the guest of another debate through their own", async () => {
    const f = await arrangeWorkshop();
    const otherId = await openDebate(f.facilitator.caller, f.workspace.id, { question: "Other?" });
    await expectTrpcError(
      f.facilitator.caller.workshop.removeGuest({ debateId: otherId, guestUserId: f.guest.userId }),
      "NOT_FOUND",
      "No such guest in this debate.",
    );
    expect((await f.guest.caller.debate.get({ debateId: f.debateId })).debate.id).toBe(f.debateId);
  });

  it("participation lists the guest and shows who has posted, voted, or stayed silent", async () => {
    const f = await arrangeWorkshop();
    await post(f.guest.caller, f.debateId, "objection", f.position.id, "Fridays matter");
    await f.guest.caller.claim.vote({ claimId: f.position.id, agreement: "disagree" });
    const seen = await f.facilitator.caller.workshop.participation({ debateId: f.debateId });
    const row = (name: string, role: string, guest: boolean, posted: number, voted: number) => ({
      id: expect.any(String),
      displayName: name,
      role,
      guest,
      posted,
      voted,
      silent: posted === 0 && voted === 0,
    });
    expect(seen).toEqual({
      people: [
        row("facilitator", "facilitator", false, 0, 0),
        row("owner", "owner", false, 0, 0),
        row("Guest Grace", "member", true, 1, 1),
        row("member", "member", false, 1, 0),
      ],
      postedCount: 2,
      votedCount: 1,
      total: 4,
    });
    expect(seen.people[2]!.id).toBe(f.guest.userId);
  });
});
