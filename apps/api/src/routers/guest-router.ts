import { z } from "zod";
import { displayNameSchema } from "../domain/credentials.ts";
import { createSession, deleteSessionByToken } from "../services/sessions.ts";
import { joinAsGuest, previewJoinCode } from "../services/workshop/guests.ts";
import { publicProcedure, router } from "../trpc/trpc.ts";

const code = z
  .string()
  .trim()
  .min(4, "Enter the code shown in the room.")
  .max(20, "That code is too long.");

export const guestRouter = router({
  /** What a code opens, before joining. Anyone may ask. */
  preview: publicProcedure
    .input(z.object({ code }))
    .query(({ ctx, input }) => previewJoinCode(ctx.prisma, input.code, ctx.client.ipAddress)),

  /** Joins one debate with a display name only; the session reaches that debate alone. */
  join: publicProcedure
    .input(z.object({ code, displayName: displayNameSchema }))
    .mutation(async ({ ctx, input }) => {
      const guest = await joinAsGuest(
        ctx.prisma,
        input.code,
        input.displayName,
        ctx.client.ipAddress,
      );
      if (ctx.session) await deleteSessionByToken(ctx.prisma, ctx.session.token);
      const { token, expiresAt } = await createSession(ctx.prisma, guest.userId, ctx.client);
      ctx.sessionCookie.set(token, expiresAt);
      return { debateId: guest.debateId, workspaceSlug: guest.workspaceSlug };
    }),
});
