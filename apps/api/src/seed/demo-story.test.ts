// The demo shows the whole product: the story told through the services
// leaves votes, a parked objection, closed proposals (a ranked-choice vote
// with a runoff, a consent vote whose block was answered), decisions (one
// superseded, one flagged by drift) and a week of activity.
import { DEMO_USERS, ESSAY_DEBATE, seedEssayDebate } from "@steelman/db";
import { describe, expect, it } from "vitest";
import type { DebateRead } from "../test/debate-fixtures.ts";
import { createTestUser, signedInCaller, testPrisma } from "../test/harness.ts";
import { tellDemoStory } from "./demo-story.ts";
import { CONSENT_PROPOSAL, PARK_REASON, RANKED_PROPOSAL } from "./pilot-content.ts";

async function seededDemoWorkspace() {
  const prisma = testPrisma();
  const users = new Map<string, string>();
  for (const demo of DEMO_USERS) users.set(demo.email, (await createTestUser(demo.role)).id);
  const workspace = await prisma.workspace.create({
    data: {
      name: "Demo story test",
      slug: `demo-${crypto.randomUUID()}`,
      memberships: {
        create: DEMO_USERS.map((d) => ({ userId: users.get(d.email)!, role: d.role })),
      },
    },
    select: { id: true },
  });
  const facilitator = DEMO_USERS.find((d) => d.role === "facilitator")!;
  const essayDebateId = await prisma.$transaction((tx) =>
    seedEssayDebate(tx, workspace.id, users, facilitator.email),
  );
  const { pilotDebateId } = await tellDemoStory(prisma, workspace.id, users, essayDebateId);
  const { caller } = await signedInCaller({ id: users.get(DEMO_USERS[0].email)! });
  return { workspaceId: workspace.id, essayDebateId, pilotDebateId, caller };
}

describe("the demo story", () => {
  it("shows decisions, proposals, parking, votes and a week of activity", async () => {
    const { workspaceId, essayDebateId, pilotDebateId, caller } = await seededDemoWorkspace();

    const log = await caller.decision.log({ workspaceId });
    expect(log.map((d) => d.status).sort()).toEqual(["contested", "superseded"]);
    const contested = log.find((d) => d.status === "contested")!;
    const decision = await caller.decision.get({ decisionId: contested.id });
    expect(decision.objections.length).toBeGreaterThan(0);
    expect(decision.objections.every((o) => o.disposition)).toBe(true);

    const proposals = await caller.proposal.list({ debateId: pilotDebateId });
    const ranked = proposals.find((p) => p.title === RANKED_PROPOSAL.title)!;
    expect(ranked.closedAt).not.toBeNull();
    expect((ranked.tally as { rounds: unknown[] }).rounds.length).toBeGreaterThan(1);
    expect(proposals.find((p) => p.title === CONSENT_PROPOSAL.title)?.closedAt).not.toBeNull();

    const pilot = await caller.debate.get({ debateId: pilotDebateId });
    expect(pilot.debate.phase).toBe("decided");
    const activity = (await caller.debate.activity({ debateId: pilotDebateId })).events;
    const parked = activity.find((e) => e.type === "objection.parked");
    expect(parked?.data).toMatchObject({ reason: PARK_REASON });
    // Events carry what the feed needs to name their subject.
    const closed = activity.filter((e) => e.type === "proposal.closed").map((e) => e.data);
    expect(closed).toContainEqual(
      expect.objectContaining({ title: RANKED_PROPOSAL.title, winners: ["Support"] }),
    );
    expect(closed).toContainEqual(
      expect.objectContaining({ title: CONSENT_PROPOSAL.title, outcome: "consented" }),
    );
    const ballot = activity.find((e) => e.type === "ballot.cast");
    expect(ballot?.data).toMatchObject({ title: expect.any(String) });

    const essay = await caller.debate.get({ debateId: essayDebateId });
    expect(essay.debate.question).toBe(ESSAY_DEBATE.question);
    const essayActivity = (await caller.debate.activity({ debateId: essayDebateId })).events;
    expect(essayActivity.filter((e) => e.type === "vote.cast").length).toBeGreaterThan(5);
    expect(essayActivity.some((e) => e.type === "claim.posted")).toBe(true);
    // Dated over the past days, not all at the moment of seeding.
    const days = new Set(
      [...activity, ...essayActivity].map((e) => e.createdAt.toISOString().slice(0, 10)),
    );
    expect(days.size).toBeGreaterThan(3);
  });
});

describe("the demo debates, looked back on", () => {
  it("read at every moment of their timelines, the last one as the live debate", async () => {
    const { essayDebateId, pilotDebateId, caller } = await seededDemoWorkspace();
    for (const debateId of [essayDebateId, pilotDebateId]) {
      const timeline = await caller.debate.timeline({ debateId });
      expect(timeline.length).toBeGreaterThan(1);
      const counts: number[] = [];
      for (const event of timeline) {
        const past = await caller.debate.get({ debateId, asOf: event.id });
        counts.push(past.claims.length);
      }
      // Claims only arrive over time, one post at a time (none is deleted in the story).
      expect(counts).toEqual([...counts].sort((a, b) => a - b));
      const posts = timeline.filter((event) => event.type === "claim.posted").length;
      expect(new Set(counts).size).toBeGreaterThanOrEqual(posts);
      // The last moment reads as the debate does now, apart from what may be done in it.
      const facts = ({ claims, unansweredObjectionIds, counts, people }: DebateRead) => ({
        claims: claims.map(({ can: _can, ...claim }) => claim),
        unansweredObjectionIds,
        counts,
        people,
      });
      const last = await caller.debate.get({ debateId, asOf: timeline.at(-1)!.id });
      expect(facts(last)).toEqual(facts(await caller.debate.get({ debateId })));
      expect(last.claims.every((claim) => claim.can === 0)).toBe(true);
    }
  }, 120_000);
});
