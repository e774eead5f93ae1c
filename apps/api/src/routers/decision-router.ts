import { z } from "zod";
import { formatDecisionMarkdown } from "../domain/interop/decision-markdown.ts";
import { listDecisionLog } from "../services/decisions/decision-log.ts";
import { prepareDecision } from "../services/decisions/prepare-decision.ts";
import { readDecision } from "../services/decisions/read-decision.ts";
import { recordDecision } from "../services/decisions/record-decision.ts";
import { debateProcedure, decisionProcedure, router, workspaceProcedure } from "../trpc/trpc.ts";

const claimId = z.uuid("Unknown claim.");

export const decisionRouter = router({
  prepare: debateProcedure("facilitator", "record decisions").query(({ ctx }) =>
    prepareDecision(ctx.prisma, ctx.access),
  ),

  record: debateProcedure("facilitator", "record decisions")
    .input(
      z.object({
        outcome: z
          .string()
          .trim()
          .min(3, "Say what was decided.")
          .max(2000, "Keep the outcome under 2000 characters."),
        rationale: z
          .string()
          .trim()
          .max(10_000, "Keep the rationale under 10,000 characters.")
          .default(""),
        proposalId: z.uuid("Unknown proposal.").nullable().default(null),
        premiseClaimIds: z.array(claimId).max(50).default([]),
        ownerId: z.uuid("Choose who owns this decision."),
        reviewBy: z.coerce.date().nullable().default(null),
        supersedesDecisionId: z.uuid("Unknown decision.").nullable().default(null),
        amendsDecisionId: z.uuid("Unknown decision.").nullable().default(null),
        dispositions: z
          .array(
            z.object({
              claimId,
              disposition: z.enum(
                ["accepted_risk", "will_monitor", "out_of_scope"],
                "Choose accepted risk, will monitor or out of scope.",
              ),
              note: z.string().trim().max(1000).default(""),
            }),
          )
          .default([]),
      }),
    )
    .mutation(({ ctx, input: { debateId: _debateId, ...fields } }) =>
      recordDecision(ctx.prisma, ctx.access, fields),
    ),

  get: decisionProcedure("observer", "read decisions").query(({ ctx, input }) =>
    readDecision(ctx.prisma, ctx.access, input.decisionId),
  ),

  markdown: decisionProcedure("observer", "export decisions").query(async ({ ctx, input }) => ({
    markdown: formatDecisionMarkdown(await readDecision(ctx.prisma, ctx.access, input.decisionId)),
  })),

  log: workspaceProcedure("observer", "read the decision log")
    .input(
      z.object({
        status: z
          .enum(["active", "due_for_review", "contested", "superseded"])
          .nullable()
          .default(null),
        query: z.string().trim().max(200).nullable().default(null),
      }),
    )
    .query(({ ctx, input }) =>
      listDecisionLog(
        ctx.prisma,
        ctx.access.workspaceId,
        { userId: ctx.user.id, role: ctx.access.role },
        {
          status: input.status,
          query: input.query || null,
        },
      ),
    ),
});
