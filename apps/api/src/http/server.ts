// The API's HTTP server: tRPC under /trpc, health under /api/health, the
// workspace archive's download and upload (workspace-archive-routes.ts); in
// front of every request its security headers, the origin check for
// state-changing requests, and the content-type and batch-size guards.
import compress from "@fastify/compress";
import cookie from "@fastify/cookie";
import Fastify, { type FastifyInstance } from "fastify";
import { readBearerToken } from "../auth/bearer-token.ts";
import { checkRequestOrigin } from "../auth/origin-check.ts";
import type { PrismaClient } from "../db.ts";
import type { ApiEnv } from "../env.ts";
import type { EventBus } from "../realtime/event-bus.ts";
import { appRouter } from "../routers/app-router.ts";
import { configureDebateReadCache } from "../services/debates/debate-read-cache.ts";
import { makeCreateContext } from "./create-context.ts";
import { registerTrpcRoutes } from "./lean-trpc-route.ts";
import { registerLiveDebateRoute } from "./live-debate-route.ts";
import { checkBatchSize, checkBodyContentType } from "./request-guards.ts";
import { apiSecurityHeaders } from "./security-headers.ts";
import { isUnsubscribePost, registerUnsubscribeRoute } from "./unsubscribe-route.ts";
import {
  ARCHIVE_CONTENT_TYPE,
  ARCHIVE_UPLOAD_PATH,
  registerWorkspaceArchiveRoutes,
} from "./workspace-archive-routes.ts";

/** A health check that waits longer than this reports the database unreachable. */
const HEALTH_TIMEOUT_MS = 2_500;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Optional observers; a test uses `internalError` to learn what a 500 was. */
export type ServerHooks = {
  internalError?: (path: string | undefined, error: unknown) => void;
  /** Live streams' patience with slow readers (live-debate-route.ts); tests make it short. */
  liveReader?: { maxUnsentBytes?: number; stallMs?: number };
  /** Queries and mutations answered without tRPC's fetch adapter (lean-trpc-route.ts); a test turns it off to compare. */
  leanTrpc?: boolean;
};

export async function buildServer(
  prisma: PrismaClient,
  env: ApiEnv,
  events: EventBus,
  hooks: ServerHooks = {},
): Promise<FastifyInstance> {
  configureDebateReadCache(prisma, env.debateReadCacheSeconds);
  const server = Fastify({
    logger: env.nodeEnv === "test" ? false : { level: "warn" },
    routerOptions: { maxParamLength: 5000 },
    trustProxy: env.trustProxy,
  });
  await server.register(cookie);
  // JSON answers only (a debate read shrinks ~10×): live streams (text/event-stream)
  // must reach the browser event by event, never held in a compressor's buffer.
  await server.register(compress, {
    customTypes: /^application\/json\b/,
    encodings: ["br", "gzip"],
  });

  const securityHeaders = apiSecurityHeaders(env.secureCookies);
  server.addHook("onRequest", async (request, reply) => {
    reply.headers(securityHeaders);
    // A mutation answers in a few hundred bytes: compressing them cost the
    // write path ~5 % of its CPU and saved nothing worth a round trip.
    // (@fastify/compress's own 1 KB threshold would still compress the larger ones.)
    if (request.method === "POST" && request.url.startsWith("/trpc/")) {
      request.headers["x-no-compression"] = "1";
    }
    // One-click unsubscribe comes from a mail client: no origin, no JSON, no cookie.
    if (isUnsubscribePost(request.method, request.url)) return;
    // A bearer request without cookies cannot be forged by another site: the
    // browser never adds the header on its own. With a cookie it is refused later.
    const bearerOnly =
      readBearerToken(request.headers.authorization) !== null && !request.headers.cookie;
    const verdict = bearerOnly
      ? ({ allowed: true } as const)
      : checkRequestOrigin(request.method, request.headers, env.allowedOrigins);
    if (!verdict.allowed) {
      return reply.code(403).send({ error: { message: verdict.reason } });
    }
    // The archive upload is the one body that is not JSON: a stream of NDJSON lines.
    const isArchiveUpload =
      request.method === "POST" &&
      request.url.split("?", 1)[0] === ARCHIVE_UPLOAD_PATH &&
      request.headers["content-type"]?.split(";", 1)[0]?.trim().toLowerCase() ===
        ARCHIVE_CONTENT_TYPE;
    if (isArchiveUpload) return;
    // Before the body is read: its type, and how many calls it may carry.
    for (const guard of [
      checkBodyContentType(request.method, request.headers["content-type"]),
      checkBatchSize(request.method, request.url),
    ]) {
      if (!guard.allowed)
        return reply.code(guard.status).send({ error: { message: guard.reason } });
    }
  });

  // Load balancers read the status code (503: the database does not answer);
  // people and monitors read `events` too: "listening", or "reconnecting" while
  // this instance cannot deliver live updates (status "degraded").
  server.get("/api/health", async (request, reply) => {
    const listener = events.listenerState;
    try {
      await withTimeout(prisma.$queryRaw`SELECT 1`, HEALTH_TIMEOUT_MS);
      return { status: listener === "listening" ? "ok" : "degraded", db: "ok", events: listener };
    } catch (error) {
      // The driver's message names hosts and ports: the log gets it, the public a code.
      request.log.error({ err: error }, "health check: database unreachable");
      return reply.code(503).send({ status: "error", db: "unreachable", events: listener });
    }
  });

  registerWorkspaceArchiveRoutes(server, prisma, env);
  registerUnsubscribeRoute(server, prisma, env);
  registerLiveDebateRoute(server, prisma, env, events, hooks.liveReader);

  await registerTrpcRoutes(
    server,
    "/trpc",
    {
      router: appRouter,
      createContext: makeCreateContext(prisma, env, events),
      onError({ error, path }) {
        if (error.code !== "INTERNAL_SERVER_ERROR") return;
        server.log.error({ path, err: error.cause ?? error });
        hooks.internalError?.(path, error.cause ?? error);
      },
    },
    { lean: hooks.leanTrpc ?? true },
  );

  return server;
}
