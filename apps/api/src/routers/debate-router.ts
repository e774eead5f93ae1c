import { z } from "zod";
import {
  createDebateFields,
  debateDescription,
  debateMoment,
  debateQuestion,
} from "../schemas/debate-schemas.ts";
import { activityCursor } from "../schemas/paging-schemas.ts";
import { listDebateActivity, listDebateTimeline } from "../services/activity/activity-feed.ts";
import { listMentionCandidates } from "../services/debates/claim-mentions.ts";
import {
  createDebate,
  listDebates,
  setDebateArchived,
  updateDebate,
} from "../services/debates/debate-service.ts";
import { type DebateView, readDebate } from "../services/debates/read-debate.ts";
import { readPackedDebate } from "../services/debates/read-packed-debate.ts";
import { idempotentRequest } from "../services/idempotency/idempotent-create.ts";
import {
  exportDebateApx,
  exportDebateArgdown,
  exportDebateJson,
} from "../services/interop/export-debate.ts";
import { importDebateArgdown, importDebateJson } from "../services/interop/import-debate.ts";
import { readOpinionGroups } from "../services/opinion-groups/read-opinion-groups.ts";
import { leanJson, packedDebateJson } from "../trpc/lean-json.ts";
import { debateProcedure, debateReadProcedure, router, workspaceProcedure } from "../trpc/trpc.ts";

const question = debateQuestion;
const description = debateDescription;

export const debateRouter = router({
  list: workspaceProcedure("observer", "see debates")
    .input(z.object({ includeArchived: z.boolean().default(false) }))
    .query(({ ctx, input }) =>
      listDebates(ctx.prisma, ctx.access.workspaceId, input.includeArchived),
    ),

  create: workspaceProcedure("facilitator", "open debates")
    .input(createDebateFields)
    .mutation(({ ctx, input }) => {
      const { workspaceId: _workspaceId, idempotencyKey: _key, ...fields } = input;
      const once = idempotentRequest(ctx.user.id, "debate.create", input);
      return createDebate(ctx.prisma, ctx.access.workspaceId, ctx.user.id, fields, once);
    }),

  // The hot read: already JSON, so it skips superjson on the way out.
  // With `asOf`, the debate as it stood at that moment (time travel).
  get: debateReadProcedure("observer", "read debates")
    .input(z.object({ asOf: debateMoment.optional() }))
    .query(async ({ ctx, input }) => {
      // The web's reads of the live debate share their common part (debate-read-cache.ts).
      // Typed as the plain read: the web's transformer unpacks it into exactly that.
      if (ctx.packedReads && input.asOf === undefined) {
        const packed = leanJson(await readPackedDebate(ctx.prisma, ctx.access));
        return packed as unknown as DebateView;
      }
      const view = await readDebate(ctx.prisma, ctx.access, { asOf: input.asOf });
      return ctx.packedReads ? packedDebateJson(view) : leanJson(view);
    }),

  update: debateProcedure("facilitator", "edit debates")
    .input(
      z.object({
        question: question.optional(),
        description: description.optional(),
        anonymous: z.boolean().optional(),
        hideTallies: z.boolean().optional(),
        membersMayPropose: z.boolean().optional(),
        claimVotesOnlyInVoting: z.boolean().optional(),
        guestsSeeGroups: z.boolean().optional(),
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
    .input(z.object({ cursor: activityCursor }))
    .query(({ ctx, input }) => listDebateActivity(ctx.prisma, ctx.access, input.cursor ?? null)),

  /** The moments a reader may step through when looking back (oldest first). */
  timeline: debateProcedure("observer", "read debates").query(({ ctx }) =>
    listDebateTimeline(ctx.prisma, ctx.access),
  ),

  /** Members to mention, for the composer's "@" list (names only; members, not guests). */
  mentionCandidates: debateProcedure("member", "mention people")
    .input(
      z.object({
        query: z.string().trim().max(60, "Type at most 60 characters of a name."),
      }),
    )
    .query(({ ctx, input }) => listMentionCandidates(ctx.prisma, ctx.access, input.query)),

  /** Where the room splits: anonymous groups from claim votes (guests only when allowed). */
  opinionGroups: debateProcedure("observer", "see opinion groups").query(({ ctx }) =>
    readOpinionGroups(ctx.prisma, ctx.access),
  ),

  importJson: workspaceProcedure("facilitator", "import debates")
    .input(
      z.object({
        document: z.unknown(),
        /** The name of the file imported, kept on every row it writes. */
        fileName: z
          .string()
          .trim()
          .min(1, "Name the file being imported.")
          .max(255, "Keep the file name under 255 characters.")
          .default("debate.json"),
      }),
    )
    .mutation(({ ctx, input }) =>
      importDebateJson(
        ctx.prisma,
        { workspaceId: ctx.access.workspaceId, userId: ctx.user.id },
        input.document,
        input.fileName,
      ),
    ),

  importArgdown: workspaceProcedure("facilitator", "import debates")
    .input(
      z.object({
        source: z.string().max(5_000_000, "Keep the file under 5 MB."),
        fileName: z
          .string()
          .trim()
          .min(1, "Name the file being imported.")
          .max(255, "Keep the file name under 255 characters.")
          .default("debate.argdown"),
      }),
    )
    .mutation(({ ctx, input }) =>
      importDebateArgdown(
        ctx.prisma,
        { workspaceId: ctx.access.workspaceId, userId: ctx.user.id },
        input.source,
        input.fileName,
      ),
    ),
});
