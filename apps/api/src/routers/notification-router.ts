import { z } from "zod";
import { NOTIFICATION_LEVELS } from "../domain/notifications/settings.ts";
import {
  countUnread,
  listNotifications,
  markRead,
  readLevel,
  writeLevel,
} from "../services/notifications/inbox.ts";
import { authedProcedure, router, workspaceProcedure } from "../trpc/trpc.ts";

const notificationId = z.uuid("That notification does not exist.");

export const notificationRouter = router({
  list: authedProcedure
    .input(
      z.object({
        cursor: notificationId.optional(),
        limit: z
          .number()
          .int()
          .min(1, "Ask for at least one notification.")
          .max(100, "Ask for at most 100 at a time.")
          .default(30),
      }),
    )
    .query(({ ctx, input }) => listNotifications(ctx.prisma, ctx.user.id, input)),
  unreadCount: authedProcedure.query(({ ctx }) => countUnread(ctx.prisma, ctx.user.id)),
  markRead: authedProcedure
    .input(
      z.union(
        [
          z.object({
            ids: z
              .array(notificationId)
              .min(1, "Choose a notification.")
              .max(500, "Mark at most 500 at once."),
          }),
          z.object({ all: z.literal(true) }),
        ],
        "Say which notifications to mark read, or all of them.",
      ),
    )
    .mutation(async ({ ctx, input }) => ({
      marked: await markRead(ctx.prisma, ctx.user.id, input),
    })),
  level: workspaceProcedure("observer", "see your notification settings").query(({ ctx, input }) =>
    readLevel(ctx.prisma, ctx.user.id, input.workspaceId).then((level) => ({ level })),
  ),
  setLevel: workspaceProcedure("observer", "change your notification settings")
    .input(
      z.object({
        level: z.enum(NOTIFICATION_LEVELS, "Choose all, only what concerns you, or none."),
      }),
    )
    .mutation(({ ctx, input }) =>
      writeLevel(ctx.prisma, ctx.user.id, input.workspaceId, input.level),
    ),
});
