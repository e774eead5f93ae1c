import { z } from "zod";
import { displayNameSchema } from "../domain/credentials.ts";
import { joinDebateByCode, previewJoinCode } from "../services/workshop/join-by-code.ts";
import { replaceSession } from "../trpc/start-session.ts";
import { publicProcedure, router } from "../trpc/trpc.ts";

const code = z
  .string()
  .trim()
  .min(4, "Enter the code shown in the room.")
  .max(24, "That code is too long.");

export const guestRouter = router({
  /** What a code opens, and whether this browser already takes part. Anyone may ask. */
  preview: publicProcedure
    .input(z.object({ code }))
    .query(({ ctx, input }) =>
      previewJoinCode(ctx.prisma, { user: ctx.user, ipAddress: ctx.client.ipAddress }, input.code),
    ),

  /**
   * Joins one debate with a display name only; the session reaches that debate
   * alone. A browser that already takes part (a member, or this debate's guest)
   * keeps its session and identity: no new guest is made.
   */
  join: publicProcedure
    .input(z.object({ code, displayName: displayNameSchema }))
    .mutation(async ({ ctx, input }) => {
      const joiner = { user: ctx.user, ipAddress: ctx.client.ipAddress };
      const outcome = await joinDebateByCode(ctx.prisma, joiner, input.code, input.displayName);
      if (outcome.newGuestId) {
        await replaceSession(ctx, outcome.newGuestId);
      }
      return {
        debateId: outcome.debateId,
        workspaceSlug: outcome.workspaceSlug,
        as: outcome.as,
        resumed: outcome.newGuestId === null,
      };
    }),
});
