// Starts the API: database (embedded unless DATABASE_URL), migrations, demo
// seed on an empty database, then HTTP.
import "./check-node-version.ts";
import { applyMigrations, createPrismaClient, openDatabase } from "@steelman/db";
import { readApiEnv } from "./env.ts";
import { buildServer } from "./http/server.ts";
import { EventBus } from "./realtime/event-bus.ts";
import { seedDemo } from "./seed/demo-story.ts";
import { remindDueReviews } from "./services/decisions/review-reminders.ts";
import { startEmailWorker } from "./services/notifications/email-worker.ts";
import { fanOutNotifications } from "./services/notifications/fan-out.ts";
import { announceClosingProposals } from "./services/proposals/closing-soon.ts";
import { closeExpiredProposals } from "./services/proposals/proposal-writes.ts";
import { pruneRateLimits } from "./services/rate-limits.ts";
import { startWebhookWorker } from "./services/webhooks/webhook-worker.ts";

const env = readApiEnv();
const database = await openDatabase({ log: (line) => console.log(`[db] ${line}`) });
const applied = await applyMigrations(database.url);
if (applied.length > 0) console.log(`[db] Applied migrations: ${applied.join(", ")}`);

const prisma = createPrismaClient(database.url, {
  statementTimeoutMs: env.statementTimeoutMs,
  preparedStatements: env.preparedStatements,
});
if (env.demoSeed) {
  if (env.nodeEnv === "production") {
    console.warn(
      "[seed] WARNING: STEELMAN_DEMO_SEED=true in production. The demo accounts have a " +
        "published password; remove them (or this setting) before real use.",
    );
  }
  const seed = await seedDemo(prisma);
  if (seed.seeded) {
    console.log(
      `[seed] Demo workspace "${seed.workspaceSlug}" created. Sign in as ${seed.emails[0]} ` +
        `(owner) or ${seed.emails[1]} (facilitator), password "${seed.password}".`,
    );
  }
}

const events = new EventBus(prisma, database.url);
await events.start();
const server = await buildServer(prisma, env, events);
await server.listen({ host: env.host, port: env.port });
console.log(`[api] Listening on http://${env.host}:${env.port}`);

const pruneTimer = setInterval(() => void pruneRateLimits(prisma).catch(() => {}), 60 * 60_000);
pruneTimer.unref();
// Proposals close at their deadline without anyone acting. Every instance
// runs this; a row lock makes sure each proposal is closed exactly once.
const closeTimer = setInterval(() => {
  closeExpiredProposals(prisma).catch((error) => {
    // While stopping, the database may already be going (a process-group
    // signal reaches it too): that is not a failure worth a stack trace.
    if (!stopping) console.error("[proposals] closing failed:", error);
  });
}, 5_000);
closeTimer.unref();
// A decision's review date arriving, and a proposal entering its last day,
// each record one event (a row lock makes it once across instances); the
// fan-out notifies from them.
const reviewTimer = setInterval(() => {
  remindDueReviews(prisma).catch((error) => {
    if (!stopping) console.error("[decisions] review reminders failed:", error);
  });
  announceClosingProposals(prisma).catch((error) => {
    if (!stopping) console.error("[proposals] closing-soon notices failed:", error);
  });
}, 60_000);
reviewTimer.unref();
// Outgoing webhooks: every instance runs the worker; a row lock per webhook
// makes sure only one of them sends a given webhook's events.
const stopWebhooks = startWebhookWorker(prisma);
// Notifications are written from the event log by every instance; a cursor
// row lock per workspace makes each one written exactly once.
const notifyTimer = setInterval(() => {
  fanOutNotifications(prisma).catch((error) => {
    if (!stopping) console.error("[notifications] fan-out failed:", error);
  });
}, 2_000);
notifyTimer.unref();
// Mail from notifications (SMTP_URL + MAIL_FROM); rows are claimed with
// FOR UPDATE SKIP LOCKED, so each mail goes out once across instances.
const stopEmail = startEmailWorker(prisma, env, () => stopping);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`[api] ${signal}: shutting down`);
  clearInterval(closeTimer);
  clearInterval(reviewTimer);
  clearInterval(pruneTimer);
  clearInterval(notifyTimer);
  stopWebhooks();
  stopEmail();
  await server.close().catch(() => {});
  await events.stop();
  await prisma.$disconnect().catch(() => {});
  await database.stop().catch(() => {});
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
