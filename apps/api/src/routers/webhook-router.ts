// Outgoing webhooks of a workspace: owners only (they see delivery errors and set secrets).
import { z } from "zod";
import { webhookEventTypes, webhookUrl } from "../schemas/integration-schemas.ts";
import {
  createWebhook,
  deleteWebhook,
  listDeliveries,
  listWebhooks,
  sendTestDelivery,
  updateWebhook,
} from "../services/webhooks/webhooks.ts";
import { router, workspaceProcedure } from "../trpc/trpc.ts";

const webhookId = z.object({ webhookId: z.uuid("Unknown webhook.") });
const manage = (action: string) => workspaceProcedure("owner", action);

export const webhookRouter = router({
  list: manage("see webhooks").query(({ ctx }) => listWebhooks(ctx.prisma, ctx.access.workspaceId)),

  /** The signing secret is in this answer only. */
  create: manage("add webhooks")
    .input(z.object({ url: webhookUrl, eventTypes: webhookEventTypes }))
    .mutation(({ ctx, input }) =>
      createWebhook(
        ctx.prisma,
        ctx.access.workspaceId,
        ctx.user.id,
        input,
        ctx.env.nodeEnv === "production",
      ),
    ),

  update: manage("change webhooks")
    .input(
      webhookId.extend({
        url: webhookUrl.optional(),
        eventTypes: webhookEventTypes.optional(),
        enabled: z.boolean().optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      updateWebhook(
        ctx.prisma,
        ctx.access.workspaceId,
        input.webhookId,
        input,
        ctx.env.nodeEnv === "production",
      ),
    ),

  delete: manage("remove webhooks")
    .input(webhookId)
    .mutation(async ({ ctx, input }) => {
      await deleteWebhook(ctx.prisma, ctx.access.workspaceId, input.webhookId);
      return { deleted: true };
    }),

  deliveries: manage("see webhook deliveries")
    .input(webhookId)
    .query(({ ctx, input }) => listDeliveries(ctx.prisma, ctx.access.workspaceId, input.webhookId)),

  test: manage("test webhooks")
    .input(webhookId)
    .mutation(({ ctx, input }) =>
      sendTestDelivery(ctx.prisma, ctx.access.workspaceId, input.webhookId),
    ),
});
