import { describe, expect, it } from "vitest";
import { notificationsFor } from "./recipients.ts";

describe("notificationsFor", () => {
  it("tells a claim's author about an objection to it", () => {
    expect(
      notificationsFor({
        type: "claim.posted",
        actorId: "bob",
        subjectId: "c2",
        claimKind: "objection",
        targetAuthorId: "ann",
      }),
    ).toEqual([{ recipientId: "ann", kind: "objection_to_your_claim", concernsId: "c2" }]);
  });

  it("never tells people about their own action", () => {
    expect(
      notificationsFor({
        type: "claim.posted",
        actorId: "ann",
        subjectId: "c2",
        claimKind: "support",
        targetAuthorId: "ann",
      }),
    ).toEqual([]);
    const opened = notificationsFor({
      type: "proposal.opened",
      actorId: "ann",
      subjectId: "p1",
      memberIds: ["ann", "bob", "bob"],
    });
    expect(opened).toEqual([{ recipientId: "bob", kind: "proposal_opened", concernsId: "p1" }]);
  });

  it("tells an objection's author when it is answered or reopened", () => {
    const answered = notificationsFor({
      type: "objection.resolved",
      actorId: "mod",
      subjectId: "o1",
      subjectAuthorId: "bob",
    });
    expect(answered).toEqual([
      { recipientId: "bob", kind: "your_objection_answered", concernsId: "o1" },
    ]);
    const reopened = notificationsFor({
      type: "objection.reopened",
      actorId: "mod",
      subjectId: "o1",
      subjectAuthorId: "bob",
    });
    expect(reopened[0]?.kind).toBe("your_objection_reopened");
  });

  it("ignores events nobody is notified of", () => {
    expect(notificationsFor({ type: "vote.cast", actorId: "bob", subjectId: "c1" })).toEqual([]);
    expect(
      notificationsFor({
        type: "claim.posted",
        actorId: "bob",
        subjectId: "c1",
        claimKind: "position",
      }),
    ).toEqual([]);
  });

  it("tells every reviewer of a decision whose review date came, once each", () => {
    expect(
      notificationsFor({
        type: "decision.review_due",
        actorId: null,
        subjectId: "d1",
        reviewerIds: ["fac", "own", "fac"],
      }),
    ).toEqual([
      { recipientId: "fac", kind: "decision_review_due", concernsId: "d1" },
      { recipientId: "own", kind: "decision_review_due", concernsId: "d1" },
    ]);
  });
});
