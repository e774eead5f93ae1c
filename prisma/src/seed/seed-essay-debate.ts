// Writes the essay debate into the demo workspace (inside the seed's
// transaction): claims numbered in order, each with its first revision.
import type { Prisma } from "../../generated/prisma/client.ts";
import { ESSAY_CLAIMS, ESSAY_DEBATE } from "./essay-debate.ts";

export async function seedEssayDebate(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  userIdByEmail: ReadonlyMap<string, string>,
  facilitatorEmail: string,
): Promise<string> {
  const userId = (email: string) => {
    const id = userIdByEmail.get(email);
    if (!id) throw new Error(`seed: no demo user ${email}`);
    return id;
  };
  // Spread the claims over three days of last week, so the outline and the
  // activity feed read as a conversation.
  const start = Date.now() - 8 * 24 * 3_600_000;
  const debate = await tx.debate.create({
    data: {
      workspaceId,
      ...ESSAY_DEBATE,
      phase: "open",
      claimCount: ESSAY_CLAIMS.length,
      createdById: userId(facilitatorEmail),
      createdAt: new Date(start - 3_600_000),
      phaseStartedAt: new Date(start - 3_600_000),
    },
    select: { id: true },
  });
  const idByKey = new Map<string, string>();
  for (const [index, claim] of ESSAY_CLAIMS.entries()) {
    const targetId = claim.target ? idByKey.get(claim.target) : null;
    if (claim.target && !targetId)
      throw new Error(`seed: ${claim.key} targets unknown ${claim.target}`);
    const createdAt = new Date(start + index * 3 * 3_600_000);
    const created = await tx.claim.create({
      data: {
        workspaceId,
        debateId: debate.id,
        number: index + 1,
        kind: claim.kind,
        targetId: targetId ?? null,
        authorId: userId(claim.author),
        body: claim.body,
        createdAt,
        revisions: {
          create: {
            workspaceId,
            debateId: debate.id,
            revision: 1,
            body: claim.body,
            editorId: userId(claim.author),
            createdAt,
          },
        },
      },
      select: { id: true },
    });
    idByKey.set(claim.key, created.id);
  }
  return debate.id;
}
