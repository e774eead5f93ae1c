import { z } from "zod";
import { CONSENT_CHOICES } from "../domain/vocabulary.ts";
import { createProposalFields } from "../schemas/proposal-schemas.ts";
import { idempotentRequest } from "../services/idempotency/idempotent-create.ts";
import { castBallot } from "../services/proposals/ballots.ts";
import { closeProposalEarly, createProposal } from "../services/proposals/proposal-writes.ts";
import { listProposals } from "../services/proposals/read-proposals.ts";
import { BALLOTS, PROPOSALS } from "../services/rate-limits.ts";
import { debateProcedure, rateLimited, router } from "../trpc/trpc.ts";

const proposalId = z.uuid("Unknown proposal.");
const reason = z
  .string()
  .max(2000, "Keep the reason under 2000 characters.")
  .nullable()
  .default(null);
const ballot = z.discriminatedUnion("method", [
  z.object({
    method: z.literal("consent"),
    choice: z.enum(CONSENT_CHOICES, "Choose agree, abstain, disagree or block."),
    reason,
    existingObjectionId: z.uuid("Unknown objection.").nullable().default(null),
  }),
  z.object({ method: z.literal("single_choice"), optionId: z.string().max(20) }),
  z.object({ method: z.literal("ranked_choice"), ranking: z.array(z.string().max(20)).max(50) }),
  z.object({ method: z.literal("score"), scores: z.record(z.string().max(20), z.number().int()) }),
  z.object({ method: z.literal("dot"), dots: z.record(z.string().max(20), z.number().int()) }),
]);

export const proposalRouter = router({
  list: debateProcedure("observer", "see proposals").query(({ ctx }) =>
    listProposals(ctx.prisma, ctx.access),
  ),

  create: debateProcedure("member", "put proposals to the group")
    .use(rateLimited(PROPOSALS, "proposals"))
    .input(createProposalFields)
    .mutation(({ ctx, input }) => {
      const { debateId: _debateId, idempotencyKey: _key, ...fields } = input;
      const once = idempotentRequest(ctx.user.id, "proposal.create", input);
      return createProposal(ctx.prisma, ctx.access, fields, once);
    }),

  vote: debateProcedure("member", "vote on proposals")
    .use(rateLimited(BALLOTS, "ballots"))
    .input(z.object({ proposalId, ballot }))
    .mutation(({ ctx, input }) =>
      castBallot(ctx.prisma, ctx.access, input.proposalId, input.ballot),
    ),

  close: debateProcedure("facilitator", "close proposals")
    .input(z.object({ proposalId }))
    .mutation(({ ctx, input }) => closeProposalEarly(ctx.prisma, ctx.access, input.proposalId)),
});
