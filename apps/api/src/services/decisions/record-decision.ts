// Recording a decision (or amending one): one transaction that snapshots
// every objection unanswered at that moment with its disposition, the
// premises with their labels and text, and the proposal's tally and words.
import type { Prisma, PrismaClient } from "../../db.ts";
import { assertCanModerate } from "../../domain/debate/debate-permissions.ts";
import {
  assertDispositionsCoverOpenObjections,
  type Disposition,
} from "../../domain/decision/decision-snapshot.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { assertDebateWritable, type DebateAccess } from "../debates/debate-access.ts";
import { computeDebateStatus, loadDebateGraph } from "../debates/read-debate.ts";
import { eventScope } from "../events/event-scope.ts";
import { recordEvent } from "../events/record-event.ts";
import { type IdempotentRequest, transactionOnce } from "../idempotency/idempotent-create.ts";
import { objectionGroupSplits } from "../opinion-groups/objection-group-splits.ts";

export type DecisionInput = {
  outcome: string;
  rationale: string;
  proposalId: string | null;
  premiseClaimIds: string[];
  ownerId: string;
  reviewBy: Date | null;
  supersedesDecisionId: string | null;
  amendsDecisionId: string | null;
  dispositions: { claimId: string; disposition: Disposition; note: string }[];
};

export async function recordDecision(
  prisma: PrismaClient,
  access: DebateAccess,
  input: DecisionInput,
  once: IdempotentRequest | null = null,
) {
  assertCanModerate(access, "record decisions");
  assertDebateWritable(access);
  // Read before the transaction (it may recompute the shared snapshot in its own).
  const splits = await objectionGroupSplits(
    prisma,
    access.debate.id,
    input.dispositions.map((d) => d.claimId),
  );
  return transactionOnce(
    prisma,
    once,
    async (tx) => {
      // One decision at a time per debate, so the snapshot is exact.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`decision:${access.debate.id}`}))`;
      const graph = await loadDebateGraph(tx, access.debate.id);
      const { status } = computeDebateStatus(graph);
      const claimById = new Map(graph.claims.map((c) => [c.id, c]));
      const open = status.unansweredObjectionIds.map((id) => ({
        id,
        number: claimById.get(id)!.number,
      }));
      assertDispositionsCoverOpenObjections(
        open,
        input.dispositions,
        (id) => claimById.get(id)?.number,
      );
      for (const id of input.premiseClaimIds) {
        if (!status.statusOf(id))
          throw new DomainError(
            "BAD_REQUEST",
            "A decision can only rest on visible claims of this debate.",
          );
        if (claimById.get(id)?.kind === "proposal")
          throw new DomainError(
            "BAD_REQUEST",
            "A proposal is not a premise: choose it as the decision's proposal instead.",
          );
      }
      await assertOwnerIsMember(tx, access.debate.workspaceId, input.ownerId);
      const proposal = input.proposalId
        ? await closedProposal(tx, access.debate.id, input.proposalId)
        : null;
      const { seriesId, version } = await nextVersion(tx, access.debate.id, input.amendsDecisionId);
      const supersedesSeriesId = input.supersedesDecisionId
        ? await seriesToSupersede(
            tx,
            access.debate.workspaceId,
            input.supersedesDecisionId,
            seriesId,
          )
        : null;
      const decision = await tx.decision.create({
        data: {
          workspaceId: access.debate.workspaceId,
          debateId: access.debate.id,
          seriesId,
          version,
          outcome: input.outcome,
          rationale: input.rationale,
          proposalId: input.proposalId,
          ...(proposal === null
            ? {}
            : {
                ...(proposal.result === null
                  ? {}
                  : { tally: proposal.result as Prisma.InputJsonValue }),
                // Its words as they were: the record does not follow later edits.
                proposalTitleAtDecision: proposal.title,
                proposalTextAtDecision: proposal.claim.body,
              }),
          ownerId: input.ownerId,
          reviewBy: input.reviewBy,
          supersedesSeriesId,
          recordedById: access.userId,
          premises: {
            create: [...new Set(input.premiseClaimIds)].map((claimId) => ({
              claimId,
              labelAtDecision: status.statusOf(claimId)!.label,
              textAtDecision: claimById.get(claimId)!.body,
            })),
          },
          objections: {
            create: input.dispositions.map((d) => ({
              claimId: d.claimId,
              number: claimById.get(d.claimId)!.number,
              body: claimById.get(d.claimId)!.body,
              disposition: d.disposition,
              note: d.note,
              // How the opinion groups split on it then; absent when there were no groups to show.
              ...(splits.has(d.claimId)
                ? { groupSplit: splits.get(d.claimId) as unknown as Prisma.InputJsonValue }
                : {}),
            })),
          },
        },
        select: { id: true, seriesId: true, version: true },
      });
      await recordEvent(tx, {
        ...eventScope(access),
        type: version > 1 ? "decision.amended" : "decision.recorded",
        subjectId: decision.id,
        data: { outcome: input.outcome, version, openObjections: open.length },
      });
      return decision;
    },
    { timeout: 30_000 },
  );
}

async function assertOwnerIsMember(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  userId: string,
) {
  const member = await tx.membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId } },
    select: { role: true },
  });
  if (!member)
    throw new DomainError(
      "BAD_REQUEST",
      "The decision's owner must be a member of this workspace.",
    );
}

async function closedProposal(tx: Prisma.TransactionClient, debateId: string, proposalId: string) {
  const proposal = await tx.proposal.findUnique({
    where: { id: proposalId },
    select: {
      debateId: true,
      closedAt: true,
      result: true,
      title: true,
      claim: { select: { body: true } },
    },
  });
  if (!proposal || proposal.debateId !== debateId)
    throw new DomainError("BAD_REQUEST", "That proposal is not part of this debate.");
  if (!proposal.closedAt)
    throw new DomainError("CONFLICT", "Close the proposal before recording a decision from it.");
  return proposal;
}

async function nextVersion(
  tx: Prisma.TransactionClient,
  debateId: string,
  amendsDecisionId: string | null,
) {
  if (!amendsDecisionId) return { seriesId: crypto.randomUUID(), version: 1 };
  const amended = await tx.decision.findUnique({
    where: { id: amendsDecisionId },
    select: { seriesId: true, debateId: true },
  });
  if (!amended || amended.debateId !== debateId)
    throw new DomainError("BAD_REQUEST", "Only a decision of this debate can be amended here.");
  const latest = await tx.decision.aggregate({
    where: { seriesId: amended.seriesId },
    _max: { version: true },
  });
  return { seriesId: amended.seriesId, version: (latest._max.version ?? 0) + 1 };
}

async function seriesToSupersede(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  decisionId: string,
  ownSeries: string,
) {
  const earlier = await tx.decision.findUnique({
    where: { id: decisionId },
    select: { seriesId: true, workspaceId: true },
  });
  if (!earlier || earlier.workspaceId !== workspaceId)
    throw new DomainError("BAD_REQUEST", "Only a decision of this workspace can be superseded.");
  if (earlier.seriesId === ownSeries)
    throw new DomainError("BAD_REQUEST", "A decision cannot supersede itself; amend it instead.");
  return earlier.seriesId;
}
