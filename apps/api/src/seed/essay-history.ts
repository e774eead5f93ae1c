// The essay debate's history: the seed writes its claims as rows (prisma
// package), so here it gets the events the services would have written
// then (same types and data as createDebate and postClaim), dated with the
// claims, and votes on its claims cast through the real service.
import type { Agreement } from "../domain/debate/claim-vote-rules.ts";
import { recordEvent } from "../services/events/record-event.ts";
import type { DemoClock } from "./demo-clock.ts";
import { ADA, BEN, CHLOE, DEV, ELI } from "./pilot-content.ts";
import { voteOnClaims } from "./pilot-votes.ts";

export async function writeEssayHistory(clock: DemoClock, debateId: string) {
  const { prisma } = clock;
  const debate = await prisma.debate.findUniqueOrThrow({
    where: { id: debateId },
    select: {
      question: true,
      createdAt: true,
      createdById: true,
      claims: {
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          kind: true,
          targetId: true,
          body: true,
          authorId: true,
          createdAt: true,
          revisions: { select: { id: true } },
        },
      },
    },
  });
  // One transaction per event, each taking over the history of the rows it
  // stands for (written earlier by the prisma seed, without events), so the
  // debate's timeline shows the claims arriving one by one.
  const scope = { workspaceId: clock.workspaceId, debateId };
  const writeDated = (at: Date, event: Parameters<typeof recordEvent>[1], rowIds: string[]) =>
    prisma.$transaction(async (tx) => {
      const id = await recordEvent(tx, event);
      await tx.event.update({ where: { id }, data: { createdAt: at }, select: { id: true } });
      await tx.$executeRaw`
        UPDATE "DebateRowHistory" SET txid = (pg_current_xact_id())::text::bigint
        WHERE "debateId" = ${debateId}::uuid AND "rowId" = ANY(${rowIds}::uuid[])`;
    });
  await writeDated(
    debate.createdAt,
    {
      ...scope,
      actorId: debate.createdById,
      type: "debate.created",
      subjectId: debateId,
      data: { question: debate.question },
    },
    [debateId],
  );
  for (const claim of debate.claims) {
    await writeDated(
      claim.createdAt,
      {
        ...scope,
        actorId: claim.authorId,
        type: "claim.posted",
        subjectId: claim.id,
        data: {
          number: claim.number,
          kind: claim.kind,
          targetId: claim.targetId,
          body: claim.body,
        },
      },
      [claim.id, ...claim.revisions.map((revision) => revision.id)],
    );
  }

  const claimByNumber = (n: number) => {
    const claim = debate.claims.find((c) => c.number === n);
    if (!claim) throw new Error(`seed: the essay debate has no claim #${n}`);
    return claim;
  };
  const last = debate.claims.at(-1)?.createdAt ?? debate.createdAt;
  const vote = (email: string, n: number, agreement: Agreement, impact: number | null) =>
    [
      email,
      claimByNumber(n).id,
      agreement,
      claimByNumber(n).kind === "position" ? null : impact,
    ] as const;
  // Several people weigh the two positions and the sharpest objections.
  await voteOnClaims(clock, debateId, new Date(last.getTime() + 2 * 3_600_000), [
    vote(ADA, 1, "disagree", null),
    vote(BEN, 1, "unsure", null),
    vote(CHLOE, 1, "agree", null),
    vote(DEV, 1, "agree", null),
    vote(ADA, 8, "agree", null),
    vote(BEN, 8, "agree", null),
    vote(CHLOE, 8, "unsure", null),
    vote(ELI, 8, "agree", null),
    vote(ADA, 10, "agree", 4),
    vote(BEN, 10, "agree", 3),
    vote(DEV, 10, "disagree", 2),
    vote(BEN, 14, "agree", 4),
    vote(CHLOE, 14, "unsure", 3),
    vote(DEV, 19, "unsure", 2),
    vote(ELI, 19, "agree", 4),
  ]);
}
