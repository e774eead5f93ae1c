import { describe, expect, it } from "vitest";
import type { Claim, DebateView } from "@/lib/debate";
import { applyDebateDelta, type DebateDelta } from "./apply-debate-delta";

function claim(number: number, fields: Partial<Claim> = {}): Claim {
  return {
    id: `c${number}`,
    number,
    kind: "position",
    side: "for",
    role: "position",
    isRebuttal: false,
    rootId: `c${number}`,
    targetId: null,
    linkedTargetIds: [],
    body: `Claim ${number}`,
    moderation: "visible",
    mergedIntoId: null,
    lockedAt: null,
    authorId: "ann",
    imported: null,
    createdAt: "2026-03-01T10:00:00.000Z",
    revisionCount: 1,
    label: "in",
    status: "stands",
    unanswered: false,
    reopened: false,
    answerNextIds: [],
    unansweredCount: 0,
    park: null,
    resolution: null,
    isMine: true,
    tally: { agree: 2, disagree: 0, unsure: 0 } as Claim["tally"],
    myVote: { agreement: "agree", impact: null },
    can: 0,
    ...fields,
  };
}

// The debate as every delta carries it (phase, settings), unchanged here.
const debate = { talliesHidden: false, anonymous: false } as DebateDelta["debate"];

const view = {
  lastEventId: "10",
  debate,
  people: { ann: "Ann" },
  claims: [claim(1)],
  unansweredObjectionIds: [],
  counts: { claims: 1, unanswered: 0, parked: 0 },
} as unknown as DebateView;

// Bits as the API sends them for the reader's role: 1 for anyone, plus what each tie adds.
const canRelative = { base: 1, ifMine: 2, ifTargetMine: 4 };
const {
  isMine: _m,
  tally: _t,
  myVote: _v,
  can: _c,
  ...sharedFields
} = claim(2, {
  kind: "objection",
  targetId: "c1",
  authorId: "ben",
  unanswered: true,
});
const shared = { ...sharedFields, canRelative };
const delta: DebateDelta = {
  after: "10",
  debate,
  claims: [
    shared,
    (({ isMine, tally, myVote, can, ...rest }) => ({ ...rest, canRelative }))(
      claim(1, { label: "out", unansweredCount: 1 }),
    ),
  ],
  people: { ben: "Ben" },
  counts: { claims: 2, unanswered: 1, parked: 0 },
  isMine: false,
};

describe("applyDebateDelta", () => {
  it("adds the new claim, updates the ones above it and keeps the reader's own facts", () => {
    const next = applyDebateDelta(view, "11", delta);
    expect(next?.lastEventId).toBe("11");
    expect(next?.claims.map((c) => c.id)).toEqual(["c1", "c2"]);
    expect(next?.claims[0]).toMatchObject({ label: "out", unansweredCount: 1, isMine: true });
    expect(next?.claims[0]?.myVote).toEqual({ agreement: "agree", impact: null });
    expect(next?.claims[1]).toMatchObject({ isMine: false, tally: null, myVote: null });
    expect(next?.people).toEqual({ ann: "Ann", ben: "Ben" });
    // The reader wrote c1: its author's bits join; c2 answers c1: its target author's bits join.
    expect(next?.claims.map((c) => c.can)).toEqual([1 | 2, 1 | 4]);
    expect(next?.claims[1]).not.toHaveProperty("canRelative");
    expect(next?.unansweredObjectionIds).toEqual(["c2"]);
    expect(next?.counts).toEqual(delta.counts);
  });

  it("leaves a page alone that a later read already brought past the event", () => {
    const ahead = { ...view, lastEventId: "12" } as DebateView;
    expect(applyDebateDelta(ahead, "11", delta)).toBe(ahead);
  });

  it("refuses a delta that does not follow the page's last event (a gap)", () => {
    expect(applyDebateDelta(view, "12", { ...delta, after: "11" })).toBeNull();
  });

  it("puts a vote's new tally on its claim, and the voter's own vote on the voter's page", () => {
    const tally = { agree: 3, disagree: 0, unsure: 0 } as Claim["tally"];
    const vote = { after: "10", debate, claims: [], people: {}, tally: { claimId: "c1", tally } };
    const theirs = applyDebateDelta(view, "11", { ...vote, isMine: false });
    expect(theirs?.claims[0]).toMatchObject({ tally, myVote: { agreement: "agree" } });
    const mine = applyDebateDelta(view, "11", { ...vote, isMine: true, myVote: null });
    expect(mine?.claims[0]).toMatchObject({ tally, myVote: null });
    expect(mine?.counts).toBe(view.counts);
  });

  it("re-reads when a debate change shows or hides every tally or name", () => {
    const withDebate = {
      ...view,
      debate: { talliesHidden: true, anonymous: false, phase: "voting" },
    } as unknown as DebateView;
    const debate = { ...withDebate.debate, phase: "decided" as const, talliesHidden: false };
    const change = { after: "10", claims: [], people: {}, debate, isMine: false };
    expect(applyDebateDelta(withDebate, "11", change)).toBeNull();
    const same = { ...change, debate: { ...debate, talliesHidden: true } };
    expect(applyDebateDelta(withDebate, "11", same)?.debate.phase).toBe("decided");
  });
});
