import { z } from "zod";
import { passwordSchema } from "../domain/credentials.ts";
import { DomainError } from "../domain/domain-error.ts";
import { signInFields, signUpFields } from "../schemas/account-schemas.ts";
import { changePassword, signIn, signUp } from "../services/accounts.ts";
import {
  deleteSessionByToken,
  listUserSessions,
  revokeOtherSessions,
  revokeUserSession,
} from "../services/sessions.ts";
import { replaceSession } from "../trpc/start-session.ts";
import { accountProcedure, authedProcedure, publicProcedure, router } from "../trpc/trpc.ts";

export const authRouter = router({
  me: publicProcedure.query(({ ctx }) => ctx.user),

  signUp: publicProcedure.input(signUpFields).mutation(async ({ ctx, input }) => {
    const user = await signUp(ctx.prisma, input, ctx.client.ipAddress);
    await replaceSession(ctx, user.id);
    return user;
  }),

  signIn: publicProcedure.input(signInFields).mutation(async ({ ctx, input }) => {
    const { user, deviceToken } = await signIn(ctx.prisma, input, {
      ipAddress: ctx.client.ipAddress,
      deviceToken: ctx.deviceCookie.value,
    });
    await replaceSession(ctx, user.id);
    ctx.deviceCookie.set(deviceToken);
    return user;
  }),

  signOut: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.session) await deleteSessionByToken(ctx.prisma, ctx.session.token);
    ctx.sessionCookie.clear();
    return { ok: true as const };
  }),

  listSessions: authedProcedure.query(async ({ ctx }) => {
    const sessions = await listUserSessions(ctx.prisma, ctx.user.id);
    return sessions.map(({ publicId, ...session }) => ({
      id: publicId,
      ...session,
      current: publicId === ctx.session.publicId,
    }));
  }),

  revokeSession: authedProcedure
    .input(z.object({ sessionId: z.uuid("Unknown session.") }))
    .mutation(async ({ ctx, input }) => {
      if (!(await revokeUserSession(ctx.prisma, ctx.user.id, input.sessionId))) {
        throw new DomainError("NOT_FOUND", "That session has already ended.");
      }
      if (input.sessionId === ctx.session.publicId) ctx.sessionCookie.clear();
      return { ok: true as const };
    }),

  /** Asks for the current password; ends every other session, keeps this one. */
  changePassword: accountProcedure
    .input(
      z.object({
        currentPassword: z.string().min(1, "Enter your current password.").max(1024),
        newPassword: passwordSchema,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { deviceToken, endedSessions } = await changePassword(
        ctx.prisma,
        ctx.user.id,
        ctx.session.publicId,
        input,
      );
      ctx.deviceCookie.set(deviceToken);
      return { endedSessions };
    }),

  revokeOtherSessions: authedProcedure.mutation(async ({ ctx }) => ({
    revoked: await revokeOtherSessions(ctx.prisma, ctx.user.id, ctx.session.publicId),
  })),
});
