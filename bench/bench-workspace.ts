/** A workspace of its own for one bench run, with its owner (who has no password). */
import type { PrismaClient } from "../apps/api/src/db.ts";
import { createSession } from "../apps/api/src/services/sessions.ts";

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

/** A member of the workspace, signed in: the Cookie header their requests send. */
export async function benchMemberCookie(
  prisma: PrismaClient,
  workspaceId: string,
  label: string,
): Promise<string> {
  const user = await prisma.user.create({
    data: {
      email: `${label.toLowerCase()}-${crypto.randomUUID()}@bench.invalid`,
      displayName: label,
      passwordHash: "!",
    },
  });
  await prisma.membership.create({ data: { workspaceId, userId: user.id, role: "member" } });
  const { token } = await createSession(prisma, user.id, { userAgent: "bench", ipAddress: null });
  return `steelman_session=${token}`;
}
