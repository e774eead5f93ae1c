import { z } from "zod";
import { AGREEMENTS } from "../domain/vocabulary.ts";
import { editClaimFields, postClaimFields } from "../schemas/claim-schemas.ts";
import { explainClaim, listClaimRevisions } from "../services/debates/claim-history.ts";
import { mergeClaim, setClaimHidden } from "../services/debates/claim-moderation.ts";
import {
  editClaim,
  linkClaims,
  postClaim,
  unlinkClaims,
  withdrawClaim,
} from "../services/debates/claim-writes.ts";
import { reopenObjection, resolveObjection } from "../services/debates/resolutions.ts";
import { idempotentRequest } from "../services/idempotency/idempotent-create.ts";
import { CLAIM_VOTES, CLAIM_WRITES } from "../services/rate-limits.ts";
import { castClaimVote, removeClaimVote } from "../services/votes/claim-votes.ts";
import { claimProcedure, debateProcedure, rateLimited, router } from "../trpc/trpc.ts";

const otherClaimId = z.uuid("Unknown claim.");

export const claimRouter = router({
  post: debateProcedure("member", "post in a debate")
    .use(rateLimited(CLAIM_WRITES, "claims"))
    .input(postClaimFields)
    .mutation(({ ctx, input }) =>
      postClaim(ctx.prisma, ctx.access, input, idempotentRequest(ctx.user.id, "claim.post", input)),
    ),

  edit: claimProcedure("member", "edit claims")
    .use(rateLimited(CLAIM_WRITES, "claims"))
    .input(editClaimFields)
    .mutation(({ ctx, input }) =>
      editClaim(ctx.prisma, ctx.access, input.claimId, input.body, input.mentions),
    ),

  withdraw: claimProcedure("member", "withdraw claims").mutation(({ ctx, input }) =>
    withdrawClaim(ctx.prisma, ctx.access, input.claimId),
  ),

  link: claimProcedure("member", "link claims")
    .input(z.object({ toId: otherClaimId }))
    .mutation(({ ctx, input }) => linkClaims(ctx.prisma, ctx.access, input.claimId, input.toId)),

  unlink: claimProcedure("member", "unlink claims")
    .input(z.object({ toId: otherClaimId }))
    .mutation(({ ctx, input }) => unlinkClaims(ctx.prisma, ctx.access, input.claimId, input.toId)),

  hide: claimProcedure("facilitator", "hide claims").mutation(({ ctx, input }) =>
    setClaimHidden(ctx.prisma, ctx.access, input.claimId, true),
  ),

  restore: claimProcedure("facilitator", "restore claims").mutation(({ ctx, input }) =>
    setClaimHidden(ctx.prisma, ctx.access, input.claimId, false),
  ),

  merge: claimProcedure("facilitator", "merge claims")
    .input(z.object({ intoId: otherClaimId }))
    .mutation(({ ctx, input }) => mergeClaim(ctx.prisma, ctx.access, input.claimId, input.intoId)),

  resolve: claimProcedure("member", "resolve objections")
    .input(
      z.object({
        kind: z.enum(
          ["conceded", "out_of_scope", "duplicate"],
          "Choose how the objection is resolved.",
        ),
        note: z.string().trim().max(1000, "Keep the note under 1000 characters.").default(""),
        duplicateOfId: otherClaimId.nullable().default(null),
      }),
    )
    .mutation(({ ctx, input }) => resolveObjection(ctx.prisma, ctx.access, input.claimId, input)),

  reopen: claimProcedure("member", "reopen objections").mutation(({ ctx, input }) =>
    reopenObjection(ctx.prisma, ctx.access, input.claimId),
  ),

  revisions: claimProcedure("observer", "read claims").query(({ ctx, input }) =>
    listClaimRevisions(ctx.prisma, ctx.access, input.claimId),
  ),

  explain: claimProcedure("observer", "read claims").query(({ ctx, input }) =>
    explainClaim(ctx.prisma, ctx.access, input.claimId),
  ),

  vote: claimProcedure("member", "vote on claims")
    .use(rateLimited(CLAIM_VOTES, "votes"))
    .input(
      z.object({
        agreement: z.enum(AGREEMENTS, "Choose agree, unsure or disagree."),
        impact: z
          .number()
          .int()
          .min(0, "Impact goes from 0 to 4.")
          .max(4, "Impact goes from 0 to 4.")
          .nullable()
          .default(null),
      }),
    )
    .mutation(({ ctx, input }) =>
      castClaimVote(ctx.prisma, ctx.access, input.claimId, {
        agreement: input.agreement,
        impact: input.impact,
      }),
    ),

  unvote: claimProcedure("member", "vote on claims")
    .use(rateLimited(CLAIM_VOTES, "votes"))
    .mutation(({ ctx, input }) => removeClaimVote(ctx.prisma, ctx.access, input.claimId)),
});
