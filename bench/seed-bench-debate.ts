/**
 * A debate of `size` claims written in bulk for the benchmarks: 1% positions,
 * then each claim replies to an earlier one (70% objections, 30% supports),
 * every claim with its first revision (10% edited once), 5% of objections
 * with an extra link, and the bench user's vote on a fifth of the claims.
 */
import type { PrismaClient } from "@steelman/db";

const CHUNK = 5_000;

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

export async function seedBenchDebate(
  prisma: PrismaClient,
  workspaceId: string,
  userId: string,
  size: number,
): Promise<string> {
  const debate = await prisma.debate.create({
    data: {
      workspaceId,
      question: `A debate of ${size} claims`,
      createdById: userId,
      claimCount: size,
    },
    select: { id: true },
  });
  const scope = { workspaceId, debateId: debate.id };
  const ids = Array.from({ length: size }, () => crypto.randomUUID());
  const positions = Math.max(1, Math.round(size * 0.01));
  let seed = size;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const claims = ids.map((id, i) => {
    const kind = i < positions ? "position" : random() < 0.7 ? "objection" : "support";
    return {
      ...scope,
      id,
      number: i + 1,
      kind: kind as "position" | "objection" | "support",
      targetId: i < positions ? null : (ids[Math.floor(random() * i)] ?? null),
      authorId: userId,
      body: `Claim ${i + 1}: a sentence or two of argument, about as long as people write them in a workshop.`,
    };
  });
  await inChunks(claims, (chunk) => prisma.claim.createMany({ data: chunk }));
  const revisions = claims.flatMap((claim, i) => [
    { ...scope, claimId: claim.id, revision: 1, body: claim.body, editorId: userId },
    ...(i % 10 === 0
      ? [
          {
            ...scope,
            claimId: claim.id,
            revision: 2,
            body: `${claim.body} (edited)`,
            editorId: userId,
          },
        ]
      : []),
  ]);
  await inChunks(revisions, (chunk) => prisma.claimRevision.createMany({ data: chunk }));
  const links = claims
    .filter((claim, i) => claim.kind === "objection" && i % 20 === 0 && i > positions)
    .map((claim) => ({ ...scope, fromId: claim.id, toId: ids[0]!, createdById: userId }))
    .filter((link) => link.fromId !== link.toId);
  await inChunks(links, (chunk) =>
    prisma.claimLink.createMany({ data: chunk, skipDuplicates: true }),
  );
  const votes = claims
    .filter((_, i) => i % 5 === 0)
    .map((claim) => ({ ...scope, claimId: claim.id, userId, agreement: "agree" as const }));
  await inChunks(votes, (chunk) => prisma.claimVote.createMany({ data: chunk }));
  return debate.id;
}
