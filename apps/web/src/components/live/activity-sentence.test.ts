// The feed names what it speaks of: the proposal by its title, the claim by
// its number, the guest by name, and anonymous debates stay anonymous.
import type { EventType, ShownEvent } from "@steelman/api/events";
import { describe, expect, it } from "vitest";
import { type ActivityEvent, describeEvent } from "./activity-sentence";

const ben = { id: "u-ben", displayName: "Ben" };
type DataOf<T extends EventType> = Extract<ShownEvent, { type: T }>["data"];
const event = <T extends EventType>(
  type: T,
  data: DataOf<T>,
  actor: ActivityEvent["actor"] = ben,
): ActivityEvent =>
  ({
    id: "1",
    type,
    debateId: "d",
    subjectId: "s",
    data,
    createdAt: new Date("2026-03-01T10:00:00Z"),
    actor,
  }) as ActivityEvent;

/** Claims the feed knows: #4 is a rebuttal, #7 a support. */
const lookup = (id: string) =>
  ({ c4: { number: 4, word: "rebuttal" }, c7: { number: 7, word: "support" } })[id];

/**
 * One sentence for every type of event: the compiler asks for a row when a
 * type is added (`satisfies` the whole union), and each row's data is typed.
 */
const SENTENCES = {
  "workspace.created": [{ name: "Policy team" }, "Ben created the workspace “Policy team”"],
  "workspace.imported": [
    { fromSlug: "policy-team", exportedAt: "2026-02-01T00:00:00Z", formatVersion: 1 },
    "Ben created the workspace from an archive of “policy-team”",
  ],
  "workspace.renamed": [{ before: "A", after: "Policy" }, "Ben renamed the workspace to “Policy”"],
  "member.joined": [
    { role: "observer", invitationId: "i" },
    "Ben joined the workspace as an observer",
  ],
  "member.role_changed": [
    { before: "member", after: "facilitator" },
    "Ben made a member a facilitator",
  ],
  "member.left": [{ before: "member", after: null }, "Ben left the workspace"],
  "member.removed": [{ before: "member", after: null }, "Ben removed a member from the workspace"],
  "invitation.created": [{ role: "owner" }, "Ben invited someone as an owner"],
  "invitation.revoked": [{}, "Ben revoked an invitation"],
  "debate.created": [{ question: "Move to Leeds?" }, "Ben opened the debate “Move to Leeds?”"],
  "debate.updated": [{ before: {}, after: {} }, "Ben changed the debate's question or settings"],
  "debate.archived": [{}, "Ben archived the debate"],
  "debate.unarchived": [{}, "Ben restored the debate from the archive"],
  "debate.imported": [{ question: "Q", claimCount: 3, fileName: null }, "Ben imported the debate"],
  "debate.phase_changed": [
    { before: "open", after: "voting", endsAt: "2026-03-01T10:15:00Z" },
    "Ben moved the debate to voting with a 15-minute timer",
  ],
  "claim.posted": [
    { number: 9, kind: "objection", targetId: null, body: "No" },
    "Ben posted objection #9",
  ],
  "claim.edited": [{ number: 9, before: "A", after: null, revision: 2 }, "Ben edited claim #9"],
  "claim.withdrawn": [{ number: 9 }, "Ben withdrew claim #9"],
  "claim.hidden": [{ number: 9 }, "Ben hid claim #9"],
  "claim.restored": [{ number: 9 }, "Ben restored claim #9"],
  "claim.merged": [{ number: 9, keptId: "c4", keptNumber: 4 }, "Ben merged claim #9 into #4"],
  "claim.linked": [{ fromId: "c7", toId: "c4" }, "Ben linked support #7 to rebuttal #4"],
  "claim.unlinked": [{ fromId: "c7", toId: "gone" }, "Ben unlinked support #7 from a claim"],
  "objection.resolved": [
    { number: 9, kind: "out_of_scope", note: "Next year" },
    "Ben resolved objection #9 as out of scope: Next year",
  ],
  "objection.reopened": [{ number: 9 }, "Ben reopened objection #9"],
  "objection.parked": [{ number: 12, reason: "For April" }, "Ben parked objection #12: For April"],
  "objection.unparked": [{ number: 12 }, "Ben unparked objection #12: it is open again"],
  "thread.locked": [{ number: 5 }, "Ben locked the thread under #5"],
  "thread.unlocked": [{ number: 5 }, "Ben unlocked the thread under #5"],
  "vote.cast": [{ number: 7 }, "Ben voted on claim #7"],
  "vote.removed": [{ number: 7 }, "Ben took back their vote on claim #7"],
  "ballot.cast": [
    { method: "consent", title: "Pilot in March" },
    "Ben voted on proposal “Pilot in March”",
  ],
  "proposal.opened": [
    { title: "Pilot", method: "dot", closesAt: "2026-03-02T00:00:00Z", guestsMayVote: false },
    "Ben put proposal “Pilot” to a vote",
  ],
  "proposal.closed": [
    { reason: "early", outcome: "tie", title: "Which?", winners: ["A", "B"] },
    "Ben closed proposal “Which?”: a tie: A or B",
  ],
  "proposal.closing_soon": [
    { title: "Pilot in May", closesAt: "2026-12-05T09:00:00.000Z" },
    "Proposal “Pilot in May” closes within 24 hours",
  ],
  "decision.recorded": [
    { outcome: "Pilot in March", version: 1, openObjections: 0 },
    "Ben recorded the decision “Pilot in March”",
  ],
  "decision.amended": [
    { outcome: "Pilot in May", version: 2, openObjections: 1 },
    "Ben amended the decision “Pilot in May” (version 2)",
  ],
  "decision.review_due": [
    { outcome: "Pilot in May", reviewBy: "2026-12-04T00:00:00.000Z" },
    "The decision “Pilot in May” is due for review",
  ],
  "guest.joined": [{ displayName: "Kim", role: "member" }, "Ben joined as a guest"],
  "guest.removed": [{ displayName: "Kim" }, "Ben removed the guest Kim"],
  "join_code.opened": [{ role: "observer", maxGuests: null }, "Ben let guests join as observers"],
  "join_code.renewed": [{ role: "member", maxGuests: 5 }, "Ben renewed the join code"],
  "join_code.limited": [{ maxGuests: 5 }, "Ben changed how many guests the join code admits"],
  "join_code.closed": [{}, "Ben closed the join code"],
} satisfies { [T in EventType]: [DataOf<T>, string] };

describe("the sentence for each type of event", () => {
  for (const [type, [data, sentence]] of Object.entries(SENTENCES)) {
    it(type, () => {
      expect(describeEvent(event(type as EventType, data as never), lookup)).toBe(sentence);
    });
  }

  it("names an event of a type this page does not know by its type", () => {
    const unknown = { ...event("vote.cast", { number: 1 }), type: "poll.opened" };
    expect(describeEvent(unknown as unknown as ActivityEvent)).toBe("Ben: poll opened");
  });
});

describe("activity sentences", () => {
  it("says a workspace came from an archive, and of which workspace", () => {
    expect(
      describeEvent(
        event("workspace.imported", {
          fromSlug: "policy-team",
          exportedAt: "2026-02-01T00:00:00Z",
          formatVersion: 1,
        }),
      ),
    ).toBe("Ben created the workspace from an archive of “policy-team”");
  });

  it("names a proposal that closed, and what it came to", () => {
    expect(
      describeEvent(
        event(
          "proposal.closed",
          { reason: "deadline", title: "Pilot in March", outcome: "consented" },
          null,
        ),
      ),
    ).toBe("Proposal “Pilot in March” closed: consented");
    expect(
      describeEvent(
        event("proposal.closed", {
          reason: "early",
          title: "Which team pilots first?",
          outcome: "decided",
          winners: ["Support"],
        }),
      ),
    ).toBe("Ben closed proposal “Which team pilots first?”: Support chosen");
  });

  it("names the proposal a ballot was cast on, and the claim a vote was cast on", () => {
    expect(
      describeEvent(event("ballot.cast", { method: "consent", title: "Pilot in March" })),
    ).toBe("Ben voted on proposal “Pilot in March”");
    expect(describeEvent(event("vote.cast", { number: 7 }))).toBe("Ben voted on claim #7");
  });

  it("names a parked objection with its reason", () => {
    expect(describeEvent(event("objection.parked", { number: 12, reason: "For April" }))).toBe(
      "Ben parked objection #12: For April",
    );
  });

  it("names decisions and guests", () => {
    expect(
      describeEvent(
        event("decision.recorded", { outcome: "Pilot in March", version: 1, openObjections: 0 }),
      ),
    ).toBe("Ben recorded the decision “Pilot in March”");
    expect(describeEvent(event("guest.removed", { displayName: "Kim" }))).toBe(
      "Ben removed the guest Kim",
    );
  });

  it("keeps anonymous debates anonymous: hidden actors and names read as someone", () => {
    expect(describeEvent(event("guest.removed", { displayName: null }, null))).toBe(
      "Someone removed a guest",
    );
    expect(describeEvent(event("vote.cast", { number: 3 }, null))).toBe(
      "Someone voted on claim #3",
    );
  });

  it("falls back to words when an older event carries no title", () => {
    expect(
      describeEvent(event("proposal.closed", { reason: "deadline", outcome: "blocked" }, null)),
    ).toBe("A proposal closed: blocked");
  });
});
