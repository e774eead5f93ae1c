// Delivers the event log to webhooks: each webhook has a cursor (the last
// event delivered) and is claimed with FOR UPDATE SKIP LOCKED, so two API
// instances never send the same webhook's events at once, and events go out
// in log order, at least once. A failure stops that webhook until its retry
// time; too many in a row disable it.
import type { PrismaClient } from "../../db.ts";
import { eventRowSelect } from "../../realtime/event-row.ts";
import { sendWebhook } from "./send-webhook.ts";
import { buildWebhookPayload } from "./webhook-payload.ts";
import { MAX_CONSECUTIVE_FAILURES, retryDelayMs, wantsEvent } from "./webhook-policy.ts";

export type WorkerOptions = {
  now?: Date;
  /** First retry delay; later ones double (tests pass a small one). */
  retryBaseMs?: number;
  maxFailures?: number;
  timeoutMs?: number;
};

/** Events sent to one webhook per claim, so one busy webhook does not hold its lock for long. */
const BATCH = 20;
/** A claim stops sending after this long, well inside the transaction's timeout. */
const CLAIM_BUDGET_MS = 25_000;

/** One pass over every due webhook; returns how many deliveries were attempted. */
export async function deliverDueWebhooks(
  prisma: PrismaClient,
  options: WorkerOptions = {},
): Promise<number> {
  const seen: string[] = [];
  let attempted = 0;
  for (;;) {
    const result = await prisma.$transaction(
      async (tx) => {
        const now = options.now ?? new Date();
        const claimed = await tx.$queryRaw<{ id: string }[]>`
          SELECT id::text FROM "Webhook"
          WHERE enabled AND "nextAttemptAt" <= ${now}
            AND NOT (id::text = ANY(${seen}::text[]))
          ORDER BY "nextAttemptAt"
          LIMIT 1
          FOR UPDATE SKIP LOCKED`;
        const id = claimed[0]?.id;
        if (!id) return null;
        return { id, attempted: await deliverBatch(tx, id, options) };
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
    if (!result) return attempted;
    seen.push(result.id);
    attempted += result.attempted;
  }
}

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

async function deliverBatch(tx: Tx, webhookId: string, options: WorkerOptions): Promise<number> {
  // Read after the lock: the cursor another instance just moved is the one we see.
  const hook = await tx.webhook.findUniqueOrThrow({
    where: { id: webhookId },
    select: {
      url: true,
      secret: true,
      eventTypes: true,
      cursor: true,
      consecutiveFailures: true,
      workspace: { select: { id: true, slug: true } },
    },
  });
  const rows = await tx.event.findMany({
    where: { workspaceId: hook.workspace.id, id: { gt: hook.cursor } },
    orderBy: { id: "asc" },
    take: BATCH,
    select: eventRowSelect,
  });
  let attempted = 0;
  let failures = hook.consecutiveFailures;
  const started = Date.now();
  for (const row of rows) {
    if (Date.now() - started > CLAIM_BUDGET_MS) break; // The rest goes in the next claim.
    const payload = wantsEvent(hook.eventTypes, row.type)
      ? await buildWebhookPayload(tx, hook.workspace, row)
      : null;
    if (!payload) {
      await tx.webhook.update({ where: { id: webhookId }, data: { cursor: row.id } });
      continue;
    }
    attempted += 1;
    const body = JSON.stringify(payload);
    const sent = await sendWebhook(
      hook,
      { id: `${webhookId}:${payload.id}`, type: payload.type, body },
      options.timeoutMs,
    );
    await tx.webhookDelivery.create({
      data: {
        webhookId,
        eventId: row.id,
        eventType: row.type,
        attempt: failures + 1,
        statusCode: sent.statusCode,
        durationMs: sent.durationMs,
        error: sent.error,
        succeeded: sent.ok,
      },
    });
    if (sent.ok) {
      failures = 0;
      await tx.webhook.update({
        where: { id: webhookId },
        data: { cursor: row.id, consecutiveFailures: 0 },
      });
      continue;
    }
    failures += 1;
    const now = options.now ?? new Date();
    const disable = failures >= (options.maxFailures ?? MAX_CONSECUTIVE_FAILURES);
    await tx.webhook.update({
      where: { id: webhookId },
      data: {
        consecutiveFailures: failures,
        nextAttemptAt: new Date(now.getTime() + retryDelayMs(failures, options.retryBaseMs)),
        ...(disable ? { enabled: false, disabledAt: now } : {}),
      },
    });
    break; // In order: nothing after this event goes out before it does.
  }
  return attempted;
}

/** Runs a pass every `intervalMs` on this instance; returns a stop function. */
export function startWebhookWorker(prisma: PrismaClient, intervalMs = 2_000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    deliverDueWebhooks(prisma)
      .catch((error) => console.error("[webhooks] delivery pass failed:", error))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
