// The feed names what it speaks of: the proposal by its title, the claim by
// its number, the guest by name, and anonymous debates stay anonymous.
import { describe, expect, it } from "vitest";
import { type ActivityEvent, describeEvent } from "./activity-sentence";

const ben = { id: "u-ben", displayName: "Ben" };
const event = (
  type: string,
  data: unknown,
  actor: ActivityEvent["actor"] = ben,
): ActivityEvent => ({
  id: "1",
  type,
  debateId: "d",
  subjectId: "s",
  data,
  createdAt: new Date("2026-03-01T10:00:00Z"),
  actor,
});

describe("activity sentences", () => {
  it("says a workspace came from an archive, and of which workspace", () => {
    expect(describeEvent(event("workspace.imported", { fromSlug: "policy-team" }))).toBe(
      "Ben created the workspace from an archive of “policy-team”",
    );
  });

  it("names a proposal that closed, and what it came to", () => {
    expect(
      describeEvent(
        event("proposal.closed", { title: "Pilot in March", outcome: "consented" }, null),
      ),
    ).toBe("Proposal “Pilot in March” closed: consented");
    expect(
      describeEvent(
        event("proposal.closed", {
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
    expect(describeEvent(event("decision.recorded", { outcome: "Pilot in March" }))).toBe(
      "Ben recorded the decision “Pilot in March”",
    );
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
    expect(describeEvent(event("proposal.closed", { outcome: "blocked" }, null))).toBe(
      "A proposal closed: blocked",
    );
  });
});
