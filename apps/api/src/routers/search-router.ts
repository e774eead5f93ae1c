import { z } from "zod";
import { hasAtLeastRole } from "../domain/roles.ts";
import { searchClaims } from "../services/search/search-claims.ts";
import { debateProcedure, router, workspaceProcedure } from "../trpc/trpc.ts";

const query = z
  .string()
  .trim()
  .min(1, "Type a word or two to search for.")
  .max(200, "Keep a search under 200 characters.");
/** Where the next page starts (an offset into the ranked results). */
const cursor = z
  .string()
  .regex(/^\d{1,6}$/, "That page of results does not exist.")
  .nullish();

export const searchRouter = router({
  /** Claims of one debate matching the words, best first, with highlights. */
  claims: debateProcedure("observer", "search debates")
    .input(z.object({ query, cursor }))
    .query(({ ctx, input }) =>
      searchClaims(
        ctx.prisma,
        {
          workspaceId: ctx.access.debate.workspaceId,
          debateId: ctx.access.debate.id,
          includeHidden: hasAtLeastRole(ctx.access.role, "facilitator"),
        },
        input.query,
        Number(input.cursor ?? 0),
      ),
    ),

  /** Claims of every debate of the workspace matching the words (members, not guests). */
  workspace: workspaceProcedure("observer", "search the workspace")
    .input(z.object({ query, cursor }))
    .query(({ ctx, input }) =>
      searchClaims(
        ctx.prisma,
        {
          workspaceId: ctx.access.workspaceId,
          debateId: null,
          includeHidden: hasAtLeastRole(ctx.access.role, "facilitator"),
        },
        input.query,
        Number(input.cursor ?? 0),
      ),
    ),
});
