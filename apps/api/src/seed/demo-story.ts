// The demo a fresh install opens on. The prisma package writes the people,
// the workspace and the essay debate's claims in one transaction (and only
// into an empty database); the rest of the story goes through the API's
// own services, so the demo holds exactly what the app produces.
import {
  DEMO_USERS,
  DEMO_WORKSPACE,
  ESSAY_DEBATE,
  type SeedResult,
  seedDemoData,
} from "@steelman/db";
import { hashPassword } from "../auth/passwords.ts";
import type { PrismaClient } from "../db.ts";
import { DemoClock } from "./demo-clock.ts";
import { writeEssayHistory } from "./essay-history.ts";
import { seedPilotDebate } from "./pilot-debate.ts";

export async function seedDemo(prisma: PrismaClient): Promise<SeedResult> {
  const seed = await seedDemoData(prisma, hashPassword);
  // Only the instance that filled the empty database tells the rest.
  if (!seed.seeded) return seed;
  const workspace = await prisma.workspace.findUniqueOrThrow({
    where: { slug: DEMO_WORKSPACE.slug },
    select: {
      id: true,
      debates: { where: { question: ESSAY_DEBATE.question }, select: { id: true } },
    },
  });
  const users = await prisma.user.findMany({
    where: { email: { in: DEMO_USERS.map((u) => u.email) } },
    select: { id: true, email: true },
  });
  const essayDebateId = workspace.debates[0]?.id;
  if (!essayDebateId) throw new Error("seed: the essay debate is missing");
  await tellDemoStory(
    prisma,
    workspace.id,
    new Map(users.map((u) => [u.email, u.id])),
    essayDebateId,
  );
  return seed;
}

/** The essay debate's history and the pilot debate, in a workspace whose demo people exist. */
export async function tellDemoStory(
  prisma: PrismaClient,
  workspaceId: string,
  userIdByEmail: ReadonlyMap<string, string>,
  essayDebateId: string,
) {
  const clock = new DemoClock(prisma, workspaceId, userIdByEmail);
  await writeEssayHistory(clock, essayDebateId);
  return { pilotDebateId: await seedPilotDebate(clock) };
}
