// A join code admits people, not ballots: each proposal says whether guests
// vote (members only by default), guest ballots are counted apart from
// members', and quorum's denominator is everyone eligible on that proposal.
import { describe, expect, it } from "vitest";
import { expectTrpcError, type TestCaller } from "../test/assertions.ts";
import { testPrisma } from "../test/harness.ts";
import { closeAndRead, listEntry, openProposal } from "../test/proposal-fixtures.ts";
import { arrangeWorkshop, joinAsGuest } from "../test/workshop-fixtures.ts";

const GUESTS_MAY_NOT_VOTE =
  "Guests do not vote on this proposal; the facilitator chose members only when it was put to the group.";
const tea = { method: "single_choice", optionId: "o1" } as const;
const coffee = { method: "single_choice", optionId: "o2" } as const;
const choice = { method: "single_choice" as const, options: ["Tea", "Coffee"] };
const vote = (
  caller: TestCaller,
  debateId: string,
  proposalId: string,
  ballot: { method: "single_choice"; optionId: string },
) => caller.proposal.vote({ debateId, proposalId, ballot });

describe("whether guests vote on a proposal", () => {
  it("is members only unless the proposal says otherwise: a guest's ballot is refused", async () => {
    const f = await arrangeWorkshop();
    const proposal = await openProposal(f.facilitator.caller, f.debateId, choice);
    expect(proposal.guestsMayVote).toBe(false);
    await expectTrpcError(
      vote(f.guest.caller, f.debateId, proposal.id, tea),
      "FORBIDDEN",
      GUESTS_MAY_NOT_VOTE,
    );
    expect(await testPrisma().ballot.count({ where: { proposalId: proposal.id } })).toBe(0);
    await vote(f.member.caller, f.debateId, proposal.id, tea);
    const { tally } = await closeAndRead(f.facilitator.caller, f.debateId, proposal.id);
    expect(tally).toMatchObject({ decidedBy: "members", eligible: 3, guests: null });
  });

  it("when guests vote, counts them apart and decides on members and guests together", async () => {
    const f = await arrangeWorkshop();
    const second = await joinAsGuest(f.code, "Guest Gil");
    const proposal = await openProposal(f.facilitator.caller, f.debateId, {
      ...choice,
      guestsMayVote: true,
    });
    expect(proposal.guestsMayVote).toBe(true);
    await vote(f.member.caller, f.debateId, proposal.id, tea);
    await vote(f.guest.caller, f.debateId, proposal.id, coffee);
    await vote(second.caller, f.debateId, proposal.id, coffee);
    const live = await listEntry(f.facilitator.caller, f.debateId, proposal.id);
    expect(live.tally).toMatchObject({ ballots: 3, eligible: 5 });
    const { tally } = await closeAndRead(f.facilitator.caller, f.debateId, proposal.id);
    expect(tally).toMatchObject({
      decidedBy: "members_and_guests",
      winners: ["o2"],
      ballots: 3,
      eligible: 5,
      members: { counts: { o1: 1, o2: 0 }, ballots: 1, eligible: 3 },
      guests: { counts: { o1: 0, o2: 2 }, ballots: 2, eligible: 2 },
    });
  });
});

describe("quorum counts everyone eligible", () => {
  it("guests alone cannot reach quorum: the members are in the denominator too", async () => {
    const f = await arrangeWorkshop();
    const more = [await joinAsGuest(f.code, "Guest Gil"), await joinAsGuest(f.code, "Guest Gus")];
    const proposal = await openProposal(f.facilitator.caller, f.debateId, {
      ...choice,
      guestsMayVote: true,
      quorum: 0.5,
    });
    for (const guest of [f.guest, ...more]) {
      await vote(guest.caller, f.debateId, proposal.id, tea);
    }
    // 3 members + 3 guests eligible; 3 ballots of 6 meets 0.5 only with all six counted.
    const { tally } = await closeAndRead(f.facilitator.caller, f.debateId, proposal.id);
    expect(tally).toMatchObject({ ballots: 3, eligible: 6, quorumMet: true });
  });

  it("with a quorum above the guests' share, guest ballots alone give no quorum", async () => {
    const f = await arrangeWorkshop();
    const more = [await joinAsGuest(f.code, "Guest Gil"), await joinAsGuest(f.code, "Guest Gus")];
    const proposal = await openProposal(f.facilitator.caller, f.debateId, {
      ...choice,
      guestsMayVote: true,
      quorum: 0.6,
    });
    for (const guest of [f.guest, ...more]) {
      await vote(guest.caller, f.debateId, proposal.id, tea);
    }
    const { tally } = await closeAndRead(f.facilitator.caller, f.debateId, proposal.id);
    expect(tally).toMatchObject({ outcome: "no_quorum", ballots: 3, eligible: 6 });
  });

  it("removed and observer guests are not eligible", async () => {
    const f = await arrangeWorkshop();
    const gone = await joinAsGuest(f.code, "Guest Gone");
    await f.facilitator.caller.workshop.removeGuest({
      debateId: f.debateId,
      guestUserId: gone.userId,
    });
    const { code } = await f.facilitator.caller.workshop.openJoinCode({
      debateId: f.debateId,
      role: "observer",
    });
    await joinAsGuest(code, "Watcher");
    const proposal = await openProposal(f.facilitator.caller, f.debateId, {
      ...choice,
      guestsMayVote: true,
    });
    const { tally } = await closeAndRead(f.facilitator.caller, f.debateId, proposal.id);
    expect(tally).toMatchObject({ eligible: 4, guests: { eligible: 1 } });
  });
});
