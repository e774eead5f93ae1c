import { z } from "zod";
import { formatDecisionMarkdown } from "../domain/interop/decision-markdown.ts";
import { recordDecisionFields } from "../schemas/decision-schemas.ts";
import { listDecisionLog } from "../services/decisions/decision-log.ts";
import { prepareDecision } from "../services/decisions/prepare-decision.ts";
import { readDecision } from "../services/decisions/read-decision.ts";
import { recordDecision } from "../services/decisions/record-decision.ts";
import { idempotentRequest } from "../services/idempotency/idempotent-create.ts";
import { debateProcedure, decisionProcedure, router, workspaceProcedure } from "../trpc/trpc.ts";

export const decisionRouter = router({
  prepare: debateProcedure("facilitator", "record decisions").query(({ ctx }) =>
    prepareDecision(ctx.prisma, ctx.access),
  ),

  record: debateProcedure("facilitator", "record decisions")
    .input(recordDecisionFields)
    .mutation(({ ctx, input }) => {
      const { debateId: _debateId, idempotencyKey: _key, ...fields } = input;
      const once = idempotentRequest(ctx.user.id, "decision.record", input);
      return recordDecision(ctx.prisma, ctx.access, fields, once);
    }),

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
