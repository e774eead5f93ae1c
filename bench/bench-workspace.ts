/** A workspace of its own for one bench run, with its owner (who has no password). */
import type { PrismaClient } from "../apps/api/src/db.ts";

export async function createBenchWorkspace(prisma: PrismaClient, name = "Bench") {
  const tag = name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const owner = await prisma.user.create({
    data: {
      email: `${tag}-${crypto.randomUUID()}@bench.invalid`,
      displayName: `${name} owner`,
      passwordHash: "!",
    },
  });
  const workspace = await prisma.workspace.create({
    data: {
      name,
      slug: `${tag}-${crypto.randomUUID()}`,
      memberships: { create: { userId: owner.id, role: "owner" } },
    },
  });
  return { owner, workspace };
}
