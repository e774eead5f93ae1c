// Personal API tokens: a signed-in person lists, creates and revokes their own.
import { z } from "zod";
import { createApiTokenFields } from "../schemas/integration-schemas.ts";
import {
  createApiToken,
  listApiTokens,
  revokeApiToken,
} from "../services/api-tokens/api-tokens.ts";
import { accountProcedure, router } from "../trpc/trpc.ts";

export const apiTokenRouter = router({
  list: accountProcedure.query(({ ctx }) => listApiTokens(ctx.prisma, ctx.user.id)),

  /** The token itself is in this answer only; afterwards only its prefix is shown. */
  create: accountProcedure
    .input(createApiTokenFields)
    .mutation(({ ctx, input }) => createApiToken(ctx.prisma, ctx.user.id, input)),

  revoke: accountProcedure
    .input(z.object({ tokenId: z.uuid("Unknown token.") }))
    .mutation(async ({ ctx, input }) => {
      await revokeApiToken(ctx.prisma, ctx.user.id, input.tokenId);
      return { revoked: true };
    }),
});
