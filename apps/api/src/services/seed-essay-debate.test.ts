// The demo debate a fresh install opens on: real content, with objections
// left unanswered on purpose.
import { DEMO_USERS, seedEssayDebate } from "@steelman/db";
import { describe, expect, it } from "vitest";
import { createTestUser, signedInCaller, testPrisma } from "../test/harness.ts";

describe("the seeded essay debate", () => {
  it("opens with the pitch answered, the critique standing and open objections listed", async () => {
    const prisma = testPrisma();
    const users = new Map<string, string>();
    for (const demo of DEMO_USERS) users.set(demo.email, (await createTestUser(demo.role)).id);
    const ownerId = users.get(DEMO_USERS[0].email)!;
    const workspace = await prisma.workspace.create({
      data: {
        name: "Seed test",
        slug: `seed-${crypto.randomUUID()}`,
        memberships: {
          create: DEMO_USERS.map((d) => ({ userId: users.get(d.email)!, role: d.role })),
        },
      },
      select: { id: true },
    });
    const facilitator = DEMO_USERS.find((d) => d.role === "facilitator")!;
    const debateId = await prisma.$transaction((tx) =>
      seedEssayDebate(tx, workspace.id, users, facilitator.email),
    );

    const owner = await prisma.user.findUniqueOrThrow({
      where: { id: ownerId },
      select: { id: true, email: true, displayName: true },
    });
    const { caller } = await signedInCaller(owner);
    const read = await caller.debate.get({ debateId });
    const byStart = (start: string) => read.claims.find((c) => c.body?.startsWith(start));

    expect(read.claims.filter((c) => c.kind === "position")).toHaveLength(2);
    // A position with a standing objection against it is challenged, never "answered".
    expect(byStart("Yes. Every firm must build")?.status).toBe("challenged");
    expect(byStart("No, not as pitched.")?.status).toBe("stands");
    const whoseLearning = byStart("Whose learning?");
    expect(whoseLearning?.unanswered).toBe(true);
    expect(read.unansweredObjectionIds).toContain(whoseLearning?.id);
    // Reinstatement in the seed: the rebuttal of "same extraction" is itself rebutted.
    expect(byStart("It is the same extraction pointed inward")?.unanswered).toBe(true);
    expect(read.counts.unanswered).toBeGreaterThanOrEqual(4);
  });
});
