import { z } from "zod";
import { listDebateActivity } from "../services/activity/activity-feed.ts";
import {
  createDebate,
  listDebates,
  setDebateArchived,
  updateDebate,
} from "../services/debates/debate-service.ts";
import { readDebate } from "../services/debates/read-debate.ts";
import {
  exportDebateApx,
  exportDebateArgdown,
  exportDebateJson,
} from "../services/interop/export-debate.ts";
import { importDebateArgdown, importDebateJson } from "../services/interop/import-debate.ts";
import { debateProcedure, router, workspaceProcedure } from "../trpc/trpc.ts";

const question = z
  .string()
  .trim()
  .min(3, "Write the question or motion (at least 3 characters).")
  .max(300, "Keep the question under 300 characters.");
const description = z.string().trim().max(5000, "Keep the description under 5000 characters.");

export const debateRouter = router({
  list: workspaceProcedure("observer", "see debates")
    .input(z.object({ includeArchived: z.boolean().default(false) }))
    .query(({ ctx, input }) =>
      listDebates(ctx.prisma, ctx.access.workspaceId, input.includeArchived),
    ),

  create: workspaceProcedure("facilitator", "open debates")
    .input(
      z.object({
        question,
        description: description.default(""),
        anonymous: z.boolean().default(false),
        hideTallies: z.boolean().default(false),
        membersMayPropose: z.boolean().default(false),
        claimVotesOnlyInVoting: z.boolean().default(false),
      }),
    )
    .mutation(({ ctx, input: { workspaceId: _workspaceId, ...fields } }) =>
      createDebate(ctx.prisma, ctx.access.workspaceId, ctx.user.id, fields),
    ),

  get: debateProcedure("observer", "read debates").query(({ ctx }) =>
    readDebate(ctx.prisma, ctx.access),
  ),

  update: debateProcedure("facilitator", "edit debates")
    .input(
      z.object({
        question: question.optional(),
        description: description.optional(),
        anonymous: z.boolean().optional(),
        hideTallies: z.boolean().optional(),
        membersMayPropose: z.boolean().optional(),
        claimVotesOnlyInVoting: z.boolean().optional(),
      }),
    )
    .mutation(({ ctx, input }) => {
      const { debateId: _debateId, ...fields } = input;
      return updateDebate(ctx.prisma, ctx.access, fields);
    }),

  archive: debateProcedure("facilitator", "archive debates").mutation(({ ctx }) =>
    setDebateArchived(ctx.prisma, ctx.access, true),
  ),

  unarchive: debateProcedure("facilitator", "restore archived debates").mutation(({ ctx }) =>
    setDebateArchived(ctx.prisma, ctx.access, false),
  ),

  exportJson: debateProcedure("observer", "export debates").query(({ ctx }) =>
    exportDebateJson(ctx.prisma, ctx.access),
  ),

  exportApx: debateProcedure("observer", "export debates").query(async ({ ctx }) => ({
    apx: await exportDebateApx(ctx.prisma, ctx.access.debate.id),
  })),

  exportArgdown: debateProcedure("observer", "export debates").query(async ({ ctx }) => ({
    argdown: await exportDebateArgdown(ctx.prisma, ctx.access.debate.id),
  })),

  activity: debateProcedure("observer", "read debates")
    .input(z.object({ before: z.string().regex(/^\d+$/).nullable().default(null) }))
    .query(({ ctx, input }) => listDebateActivity(ctx.prisma, ctx.access, input.before)),

  importJson: workspaceProcedure("facilitator", "import debates")
    .input(z.object({ document: z.unknown() }))
    .mutation(({ ctx, input }) =>
      importDebateJson(
        ctx.prisma,
        { workspaceId: ctx.access.workspaceId, userId: ctx.user.id },
        input.document,
      ),
    ),

  importArgdown: workspaceProcedure("facilitator", "import debates")
    .input(z.object({ source: z.string().max(5_000_000, "Keep the file under 5 MB.") }))
    .mutation(({ ctx, input }) =>
      importDebateArgdown(
        ctx.prisma,
        { workspaceId: ctx.access.workspaceId, userId: ctx.user.id },
        input.source,
      ),
    ),
});
