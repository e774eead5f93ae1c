// One guest identity per browser: joining again with the session this
// browser holds resumes the same guest (one ballot, not two); a signed-in
// member who opens a join link takes part as themselves, keeping their
// session; joining never replaces an account's session behind its back.
import { describe, expect, it } from "vitest";
import { expectTrpcError, uniqueIp } from "../test/assertions.ts";
import { callerWithToken, createTestUser, signedInCaller, testPrisma } from "../test/harness.ts";
import { openProposal } from "../test/proposal-fixtures.ts";
import { arrangeWorkshop } from "../test/workshop-fixtures.ts";

describe("joining again from the same browser", () => {
  it("resumes the same guest: no second guest, no new session, one ballot", async () => {
    const f = await arrangeWorkshop();
    const again = await callerWithToken(f.guest.token, uniqueIp());
    expect(await again.caller.guest.preview({ code: f.code })).toMatchObject({
      youAre: { as: "guest", displayName: "Guest Grace" },
    });
    const joined = await again.caller.guest.join({ code: f.code, displayName: "Grace again" });
    expect(joined).toEqual({
      debateId: f.debateId,
      workspaceSlug: f.workspace.slug,
      as: "guest",
      resumed: true,
    });
    expect(again.cookies.set).toEqual([]);
    expect(await testPrisma().guestGrant.count({ where: { debateId: f.debateId } })).toBe(1);
    expect(await f.facilitator.caller.workshop.joinCode({ debateId: f.debateId })).toMatchObject({
      admitted: 1,
    });
    const proposal = await openProposal(f.facilitator.caller, f.debateId, {
      method: "consent",
      guestsMayVote: true,
    });
    const ballot = { method: "consent", choice: "agree" } as const;
    for (const caller of [f.guest.caller, again.caller]) {
      await caller.proposal.vote({ debateId: f.debateId, proposalId: proposal.id, ballot });
    }
    expect(await testPrisma().ballot.count({ where: { proposalId: proposal.id } })).toBe(1);
  });

  it("a guest of another debate who joins this one becomes a new guest of this one", async () => {
    const f = await arrangeWorkshop();
    const g = await arrangeWorkshop();
    const { caller, cookies } = await callerWithToken(g.guest.token, uniqueIp());
    const joined = await caller.guest.join({ code: f.code, displayName: "Visitor" });
    expect(joined).toMatchObject({ debateId: f.debateId, as: "guest", resumed: false });
    expect(cookies.set).toHaveLength(1);
  });
});

describe("a signed-in member who opens a join link", () => {
  it("takes part as themselves: no guest is made and their session stays", async () => {
    const f = await arrangeWorkshop();
    const { caller, cookies, ctx } = await callerWithToken(
      (await signedInCaller(f.member.user)).token,
      uniqueIp(),
    );
    expect(await caller.guest.preview({ code: f.code })).toMatchObject({
      youAre: { as: "member", displayName: f.member.user.displayName },
    });
    const joined = await caller.guest.join({ code: f.code, displayName: "Second me" });
    expect(joined).toMatchObject({ debateId: f.debateId, as: "member", resumed: true });
    expect(cookies.set).toEqual([]);
    expect(await testPrisma().guestGrant.count({ where: { debateId: f.debateId } })).toBe(1);
    const still = await callerWithToken(ctx.session!.token);
    expect(still.ctx.user).toMatchObject({ id: f.member.user.id, isGuest: false });
  });

  it("an account outside the workspace is told to sign out first, keeping its session", async () => {
    const f = await arrangeWorkshop();
    const stranger = await createTestUser("stranger");
    const { token } = await signedInCaller(stranger);
    const { caller, cookies } = await callerWithToken(token, uniqueIp());
    await expectTrpcError(
      caller.guest.join({ code: f.code, displayName: "Sneaky" }),
      "CONFLICT",
      /not a member of this workspace\. Sign out to join as a guest\./,
    );
    expect(cookies.set).toEqual([]);
    expect((await callerWithToken(token)).ctx.user).toMatchObject({ id: stranger.id });
  });
});
