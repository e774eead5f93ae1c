import { z } from "zod";
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
    choice: z.enum(
      ["agree", "abstain", "disagree", "block"],
      "Choose agree, abstain, disagree or block.",
    ),
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
    .input(
      z.object({
        title: z
          .string()
          .trim()
          .min(3, "Say what is proposed (at least 3 characters).")
          .max(300, "Keep the title under 300 characters."),
        description: z.string().trim().max(5000).default(""),
        method: z.enum(
          ["consent", "single_choice", "ranked_choice", "score", "dot"],
          "Choose a voting method.",
        ),
        options: z
          .array(z.string().trim().min(1, "An option cannot be empty.").max(200))
          .max(20, "At most 20 options.")
          .default([]),
        closesAt: z.coerce.date("Give a closing time."),
        quorum: z
          .number()
          .min(0.01, "A quorum is a share between 1% and 100%.")
          .max(1)
          .nullable()
          .default(null),
        scoreMax: z.number().int().min(1).max(10).default(5),
        dots: z.number().int().min(1).max(50).default(5),
        guestsMayVote: z.boolean().default(false),
      }),
    )
    .mutation(({ ctx, input: { debateId: _debateId, ...fields } }) =>
      createProposal(ctx.prisma, ctx.access, fields),
    ),

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
