// A workspace's outgoing webhooks, managed by its owners. The secret is
// shown once, at creation; reads show only whether a webhook is enabled,
// how it is failing, and its delivery log.
import { randomBytes } from "node:crypto";
import type { Db } from "../../db.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { sendWebhook } from "./send-webhook.ts";
import { webhookUrlProblem } from "./webhook-policy.ts";

const webhookSelect = {
  id: true,
  url: true,
  eventTypes: true,
  enabled: true,
  consecutiveFailures: true,
  disabledAt: true,
  nextAttemptAt: true,
  createdAt: true,
} as const;

const NOT_FOUND = "That webhook does not exist in this workspace.";

function requireUsableUrl(url: string, production: boolean): void {
  const problem = webhookUrlProblem(url, production);
  if (problem) throw new DomainError("BAD_REQUEST", problem);
}

export function listWebhooks(db: Db, workspaceId: string) {
  return db.webhook.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "asc" },
    select: webhookSelect,
  });
}

export async function createWebhook(
  db: Db,
  workspaceId: string,
  createdById: string,
  input: { url: string; eventTypes: string[] },
  production: boolean,
) {
  requireUsableUrl(input.url, production);
  // Only what happens from now on: the cursor starts at the newest event.
  const newest = await db.event.findFirst({
    where: { workspaceId },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  const secret = `whsec_${randomBytes(24).toString("hex")}`;
  const hook = await db.webhook.create({
    data: {
      workspaceId,
      createdById,
      url: input.url,
      eventTypes: [...new Set(input.eventTypes)],
      secret,
      cursor: newest?.id ?? 0n,
    },
    select: webhookSelect,
  });
  return { ...hook, secret };
}

export async function updateWebhook(
  db: Db,
  workspaceId: string,
  webhookId: string,
  input: {
    url?: string | undefined;
    eventTypes?: string[] | undefined;
    enabled?: boolean | undefined;
  },
  production: boolean,
) {
  if (input.url !== undefined) requireUsableUrl(input.url, production);
  const { count } = await db.webhook.updateMany({
    where: { id: webhookId, workspaceId },
    data: {
      ...(input.url !== undefined ? { url: input.url } : {}),
      ...(input.eventTypes !== undefined ? { eventTypes: [...new Set(input.eventTypes)] } : {}),
      // Re-enabling starts afresh: the failed event is tried again at once.
      ...(input.enabled === true
        ? { enabled: true, disabledAt: null, consecutiveFailures: 0, nextAttemptAt: new Date() }
        : {}),
      ...(input.enabled === false ? { enabled: false, disabledAt: new Date() } : {}),
    },
  });
  if (count === 0) throw new DomainError("NOT_FOUND", NOT_FOUND);
  return db.webhook.findUniqueOrThrow({ where: { id: webhookId }, select: webhookSelect });
}

export async function deleteWebhook(db: Db, workspaceId: string, webhookId: string) {
  const { count } = await db.webhook.deleteMany({ where: { id: webhookId, workspaceId } });
  if (count === 0) throw new DomainError("NOT_FOUND", NOT_FOUND);
}

export async function listDeliveries(db: Db, workspaceId: string, webhookId: string) {
  await requireWebhook(db, workspaceId, webhookId);
  const rows = await db.webhookDelivery.findMany({
    where: { webhookId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      eventId: true,
      eventType: true,
      attempt: true,
      statusCode: true,
      durationMs: true,
      error: true,
      succeeded: true,
      createdAt: true,
    },
  });
  return rows.map((row) => ({ ...row, eventId: row.eventId.toString() }));
}

/** Sends a "webhook.test" ping now, outside the event log, and logs it. */
export async function sendTestDelivery(db: Db, workspaceId: string, webhookId: string) {
  const hook = await db.webhook.findFirst({
    where: { id: webhookId, workspaceId },
    select: { url: true, secret: true, workspace: { select: { id: true, slug: true } } },
  });
  if (!hook) throw new DomainError("NOT_FOUND", NOT_FOUND);
  const id = `test-${crypto.randomUUID()}`;
  const body = JSON.stringify({
    id,
    type: "webhook.test",
    workspace: hook.workspace,
    debateId: null,
    occurredAt: new Date().toISOString(),
    data: { message: "A test delivery from Steelman." },
  });
  const sent = await sendWebhook(hook, { id, type: "webhook.test", body });
  await db.webhookDelivery.create({
    data: {
      webhookId,
      eventId: 0n,
      eventType: "webhook.test",
      attempt: 1,
      statusCode: sent.statusCode,
      durationMs: sent.durationMs,
      error: sent.error,
      succeeded: sent.ok,
    },
  });
  return { succeeded: sent.ok, statusCode: sent.statusCode, error: sent.error };
}

async function requireWebhook(db: Db, workspaceId: string, webhookId: string): Promise<void> {
  const found = await db.webhook.findFirst({
    where: { id: webhookId, workspaceId },
    select: { id: true },
  });
  if (!found) throw new DomainError("NOT_FOUND", NOT_FOUND);
}
