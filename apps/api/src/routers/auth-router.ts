import { z } from "zod";
import { issueDeviceToken } from "../auth/device-token.ts";
import { passwordSchema } from "../domain/credentials.ts";
import { DomainError } from "../domain/domain-error.ts";
import {
  requestPasswordResetFields,
  resetPasswordFields,
  signInFields,
  signUpFields,
} from "../schemas/account-schemas.ts";
import {
  assertEmailConfirmed,
  requestPasswordReset,
  resetPassword,
  signUpWithEmail,
  verifyEmail,
} from "../services/account-email.ts";
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

  /**
   * Without email: creates the account and signs in. With email: answers
   * `{ checkEmail: true }` whether or not the address is registered (a new
   * account gets a confirmation link, an existing one's owner a warning).
   */
  signUp: publicProcedure.input(signUpFields).mutation(async ({ ctx, input }) => {
    if (ctx.env.mail) {
      const env = { mail: ctx.env.mail, publicWebUrl: ctx.env.publicWebUrl };
      return signUpWithEmail(ctx.prisma, env, input, ctx.client.ipAddress);
    }
    const user = await signUp(ctx.prisma, input, ctx.client.ipAddress);
    await replaceSession(ctx, user.id);
    return user;
  }),

  signIn: publicProcedure.input(signInFields).mutation(async ({ ctx, input }) => {
    const { user, deviceToken } = await signIn(ctx.prisma, input, {
      ipAddress: ctx.client.ipAddress,
      deviceToken: ctx.deviceCookie.value,
    });
    if (ctx.env.mail) await assertEmailConfirmed(ctx.prisma, user.id);
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

  /** Mails a single-use reset link when the address has an account; answers the same either way. */
  requestPasswordReset: publicProcedure
    .input(requestPasswordResetFields)
    .mutation(({ ctx, input }) => {
      if (!ctx.env.mail) {
        throw new DomainError(
          "BAD_REQUEST",
          "This server sends no email, so passwords cannot be reset by mail. Ask a workspace owner.",
        );
      }
      const env = { mail: ctx.env.mail, publicWebUrl: ctx.env.publicWebUrl };
      return requestPasswordReset(ctx.prisma, env, input.email, ctx.client.ipAddress);
    }),

  /** Sets a new password from a reset link, ends every session, and signs in this browser. */
  resetPassword: publicProcedure.input(resetPasswordFields).mutation(async ({ ctx, input }) => {
    const { user, passwordHash } = await resetPassword(ctx.prisma, input, ctx.client.ipAddress);
    await replaceSession(ctx, user.id);
    ctx.deviceCookie.set(issueDeviceToken({ id: user.id, passwordHash }));
    return user;
  }),

  /** Confirms the address from the link mailed at sign-up. */
  verifyEmail: publicProcedure
    .input(z.object({ token: z.string().min(1, "This confirmation link is incomplete.").max(200) }))
    .mutation(({ ctx, input }) => verifyEmail(ctx.prisma, input.token, ctx.client.ipAddress)),
});
