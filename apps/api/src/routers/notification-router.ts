import { z } from "zod";
import { EMAIL_MODES, NOTIFICATION_LEVELS } from "../domain/notifications/settings.ts";
import { streamUnreadCount } from "../realtime/inbox-stream.ts";
import { requireStreamSession } from "../realtime/stream-quota.ts";
import {
  readEmailMode,
  unsubscribeByToken,
  writeEmailMode,
} from "../services/notifications/email-settings.ts";
import {
  countUnread,
  listNotifications,
  markRead,
  readLevel,
  writeLevel,
} from "../services/notifications/inbox.ts";
import { authedProcedure, publicProcedure, router, workspaceProcedure } from "../trpc/trpc.ts";

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
  /** The unread count now and whenever it changes, over Server-Sent Events (the bell). */
  live: authedProcedure.subscription(({ ctx, signal }) => {
    return streamUnreadCount(
      ctx.prisma,
      ctx.events,
      { userId: ctx.user.id, sessionPublicId: requireStreamSession(ctx.session) },
      signal,
    );
  }),
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
  emailMode: workspaceProcedure("observer", "see your email settings").query(
    async ({ ctx, input }) => ({
      emailMode: await readEmailMode(ctx.prisma, ctx.user.id, input.workspaceId),
      /** False when this server has no SMTP_URL/MAIL_FROM: nothing is sent. */
      emailAvailable: ctx.env.mail !== null,
    }),
  ),
  setEmailMode: workspaceProcedure("observer", "change your email settings")
    .input(
      z.object({
        emailMode: z.enum(EMAIL_MODES, "Choose no email, each at once, or a daily digest."),
      }),
    )
    .mutation(({ ctx, input }) =>
      writeEmailMode(ctx.prisma, ctx.user.id, input.workspaceId, input.emailMode),
    ),
  /** The unsubscribe page's button: the signed token from the mail, no sign-in needed. */
  unsubscribe: publicProcedure
    .input(
      z.object({
        token: z.string("This unsubscribe link is not valid.").min(1).max(300),
      }),
    )
    .mutation(({ ctx, input }) =>
      unsubscribeByToken(ctx.prisma, ctx.env.mail?.secret ?? null, input.token),
    ),
});
