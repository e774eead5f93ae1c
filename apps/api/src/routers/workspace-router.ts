import { z } from "zod";
import { ROLES } from "../domain/roles.ts";
import { activityCursor } from "../schemas/paging-schemas.ts";
import { createWorkspaceFields, workspaceName } from "../schemas/workspace-schemas.ts";
import { listWorkspaceActivity } from "../services/activity/activity-feed.ts";
import { idempotentRequest } from "../services/idempotency/idempotent-create.ts";
import { requireWorkspaceAccess } from "../services/memberships.ts";
import {
  changeMembership,
  createWorkspace,
  listMyWorkspaces,
  readWorkspace,
  renameWorkspace,
} from "../services/workspaces.ts";
import { accountProcedure, authedProcedure, router, workspaceProcedure } from "../trpc/trpc.ts";

const roleSchema = z.enum(ROLES, "Choose a role: owner, facilitator, member or observer.");
const memberId = z.uuid("Unknown member.");

export const workspaceRouter = router({
  list: authedProcedure.query(({ ctx }) => listMyWorkspaces(ctx.prisma, ctx.user.id)),

  create: accountProcedure
    .input(createWorkspaceFields)
    .mutation(({ ctx, input }) =>
      createWorkspace(
        ctx.prisma,
        ctx.user.id,
        input.name,
        idempotentRequest(ctx.user.id, "workspace.create", input),
      ),
    ),

  get: authedProcedure
    .input(z.object({ slug: z.string().min(1).max(80) }))
    .query(async ({ ctx, input }) => {
      const access = await requireWorkspaceAccess(
        ctx.prisma,
        ctx.user.id,
        input,
        "observer",
        "view this workspace",
      );
      return readWorkspace(ctx.prisma, access.workspaceId, access.role);
    }),

  rename: workspaceProcedure("owner", "rename the workspace")
    .input(z.object({ name: workspaceName }))
    .mutation(({ ctx, input }) =>
      renameWorkspace(ctx.prisma, ctx.access.workspaceId, ctx.user.id, input.name),
    ),

  changeRole: workspaceProcedure("owner", "change roles")
    .input(z.object({ userId: memberId, role: roleSchema }))
    .mutation(async ({ ctx, input }) => {
      await changeMembership(
        ctx.prisma,
        ctx.access.workspaceId,
        input.userId,
        input.role,
        ctx.user.id,
      );
      return { ok: true as const };
    }),

  removeMember: workspaceProcedure("owner", "remove members")
    .input(z.object({ userId: memberId }))
    .mutation(async ({ ctx, input }) => {
      await changeMembership(ctx.prisma, ctx.access.workspaceId, input.userId, null, ctx.user.id);
      return { ok: true as const };
    }),

  leave: workspaceProcedure("observer", "leave the workspace").mutation(async ({ ctx }) => {
    await changeMembership(ctx.prisma, ctx.access.workspaceId, ctx.user.id, null, ctx.user.id);
    return { ok: true as const };
  }),

  activity: workspaceProcedure("observer", "see the workspace's activity")
    .input(z.object({ cursor: activityCursor }))
    .query(({ ctx, input }) =>
      listWorkspaceActivity(
        ctx.prisma,
        ctx.access.workspaceId,
        { userId: ctx.user.id, role: ctx.access.role },
        input.cursor ?? null,
      ),
    ),
});
