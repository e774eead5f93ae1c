// Fills an empty database with the demo workspace, its people and the essay
// debate, in one transaction. Does nothing when any user exists.
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { DEMO_PASSWORD, DEMO_USERS, DEMO_WORKSPACE } from "./demo-users.ts";
import { seedEssayDebate } from "./seed-essay-debate.ts";

export type SeedResult = {
  seeded: boolean;
  workspaceSlug: string;
  password: string;
  emails: string[];
};

export async function seedDemoData(
  prisma: PrismaClient,
  hashPassword: (password: string) => Promise<string>,
): Promise<SeedResult> {
  const result = {
    workspaceSlug: DEMO_WORKSPACE.slug,
    password: DEMO_PASSWORD,
    emails: DEMO_USERS.map((user) => user.email),
  };
  if ((await prisma.user.count()) > 0) return { seeded: false, ...result };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await prisma.$transaction(
    async (tx) => {
      // Two instances starting at once: the advisory lock makes one wait, and
      // the re-check makes it skip.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(727274)`;
      if ((await tx.user.count()) > 0) return;
      const workspace = await tx.workspace.create({ data: DEMO_WORKSPACE, select: { id: true } });
      const userIdByEmail = new Map<string, string>();
      for (const user of DEMO_USERS) {
        const created = await tx.user.create({
          data: {
            email: user.email,
            displayName: user.displayName,
            passwordHash,
            memberships: { create: { workspaceId: workspace.id, role: user.role } },
          },
          select: { id: true },
        });
        userIdByEmail.set(user.email, created.id);
      }
      const facilitator = DEMO_USERS.find((user) => user.role === "facilitator")!;
      await seedEssayDebate(tx, workspace.id, userIdByEmail, facilitator.email);
    },
    { timeout: 60_000 },
  );
  return { seeded: true, ...result };
}
