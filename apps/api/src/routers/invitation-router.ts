import { z } from "zod";
import { assertCanInviteWithRole } from "../domain/roles.ts";
import { createInvitationFields } from "../schemas/invitation-schemas.ts";
import {
  acceptInvitation,
  createInvitation,
  listInvitations,
  previewInvitation,
  revokeInvitation,
} from "../services/invitations.ts";
import { accountProcedure, publicProcedure, router, workspaceProcedure } from "../trpc/trpc.ts";

const tokenInput = z.object({
  token: z
    .string()
    .min(10, "This invitation link is not valid.")
    .max(100, "This invitation link is not valid: copy the whole link from the invitation."),
});

export const invitationRouter = router({
  create: workspaceProcedure("facilitator", "invite people")
    .input(createInvitationFields)
    .mutation(({ ctx, input }) => {
      assertCanInviteWithRole(ctx.access.role, input.role);
      return createInvitation(ctx.prisma, {
        workspaceId: ctx.access.workspaceId,
        role: input.role,
        expiresInHours: input.expiresInHours,
        createdById: ctx.user.id,
      });
    }),

  list: workspaceProcedure("facilitator", "see invitations").query(({ ctx }) =>
    listInvitations(ctx.prisma, ctx.access.workspaceId),
  ),

  revoke: workspaceProcedure("facilitator", "withdraw invitations")
    .input(z.object({ invitationId: z.uuid("Unknown invitation.") }))
    .mutation(async ({ ctx, input }) => {
      await revokeInvitation(ctx.prisma, ctx.access.workspaceId, input.invitationId, ctx.user.id);
      return { ok: true as const };
    }),

  preview: publicProcedure
    .input(tokenInput)
    .query(({ ctx, input }) => previewInvitation(ctx.prisma, input.token)),

  accept: accountProcedure
    .input(tokenInput)
    .mutation(({ ctx, input }) => acceptInvitation(ctx.prisma, input.token, ctx.user.id)),
});
