// GET /api/live/debates/:debateId — a debate's live events as plain
// Server-Sent Events, for the web's debate pages. The same stream as the tRPC
// subscription `live.debate` (streamDebateEvents: resume, redaction, session
// end, access re-checks), written straight to the socket: one string per
// event per stream, where tRPC's SSE producer runs each message of each
// stream through its own chain of web streams and encoders — at 500 open
// pages that chain, not the event, was most of the instance's CPU.
//
// Refusals before the stream starts are plain HTTP answers (401, 403, 404,
// 429, 503) with a sentence. Once started, a stream that has to end says
// why in an `error` event ({ code, httpStatus, message }) and closes; a
// client resumes from the last id it read (query `lastEventId`, or the
// `Last-Event-ID` header an EventSource sends).
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { FastifyInstance, FastifyReply } from "fastify";
import { z } from "zod";
import { readBearerToken } from "../auth/bearer-token.ts";
import { sessionCookieName } from "../auth/session-cookie.ts";
import type { PrismaClient } from "../db.ts";
import type { ApiEnv } from "../env.ts";
import { requireListening, streamDebateEvents } from "../realtime/debate-stream.ts";
import type { EventBus } from "../realtime/event-bus.ts";
import { assertStreamSlotFree, requireStreamSession } from "../realtime/stream-quota.ts";
import { requireDebateAccess } from "../services/debates/debate-access.ts";
import { validateSessionToken } from "../services/sessions.ts";
import { INTERNAL_ERROR_MESSAGE } from "../trpc/error-format.ts";
import { mapDomainError } from "../trpc/map-domain-error.ts";
import { readerCaughtUp } from "./wait-for-reader.ts";

export const LIVE_DEBATE_PATH = "/api/live/debates/:debateId";
/** A comment line on quiet streams, so proxies keep them open. */
const HEARTBEAT_MS = 15_000;
/**
 * With this much (bytes) the socket has not taken, the stream waits for the
 * reader before writing more; a reader that takes nothing for STALL_MS is cut
 * off (the connection dropped: it would otherwise hold its backlog for as
 * long as TCP waits) and resumes from the last event it received, reading
 * the log a page at a time.
 */
const MAX_UNSENT_BYTES = 4 * 1024 * 1024;
const STALL_MS = 10_000;
const debateIdParam = z.uuid();

/**
 * An event's bytes on the wire. Readers of one kind share one message
 * (realtime/shared-event-presentation.ts), so it is encoded once for all.
 */
const frames = new WeakMap<object, Buffer>();
function eventFrame(message: { id: string; data: object }): Buffer {
  let frame = frames.get(message);
  if (!frame) {
    frame = Buffer.from(`id: ${message.id}\ndata: ${JSON.stringify(message.data)}\n\n`);
    frames.set(message, frame);
  }
  return frame;
}

type LiveRequest = {
  Params: { debateId: string };
  Querystring: { lastEventId?: string };
};

/** The tRPC error a failure stands for (a domain refusal, a database outage, or a bug). */
function asTrpcError(error: unknown): TRPCError {
  if (error instanceof TRPCError) return error;
  return (
    mapDomainError(error) ??
    new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: INTERNAL_ERROR_MESSAGE })
  );
}

function refuse(reply: FastifyReply, error: TRPCError) {
  return reply
    .code(getHTTPStatusCodeFromError(error))
    .send({ code: error.code, message: error.message });
}

export function registerLiveDebateRoute(
  server: FastifyInstance,
  prisma: PrismaClient,
  env: ApiEnv,
  bus: EventBus,
  reader: { maxUnsentBytes?: number; stallMs?: number } = {},
) {
  const maxUnsentBytes = reader.maxUnsentBytes ?? MAX_UNSENT_BYTES;
  const stallMs = reader.stallMs ?? STALL_MS;
  const SESSION_COOKIE = sessionCookieName(env.secureCookies);
  server.get<LiveRequest>(LIVE_DEBATE_PATH, async (request, reply) => {
    const { debateId } = request.params;
    const header = request.headers["last-event-id"];
    const lastEventId = request.query.lastEventId ?? (typeof header === "string" ? header : null);
    if (!debateIdParam.safeParse(debateId).success) {
      return refuse(reply, new TRPCError({ code: "NOT_FOUND", message: "Unknown debate." }));
    }
    if (lastEventId !== null && !/^\d{1,30}$/.test(lastEventId)) {
      return refuse(
        reply,
        new TRPCError({ code: "BAD_REQUEST", message: "lastEventId must be an event id." }),
      );
    }
    const token = request.cookies[SESSION_COOKIE];
    let reader: Parameters<typeof streamDebateEvents>[2];
    try {
      const session = token ? await validateSessionToken(prisma, token) : null;
      // An API token alone is told why it cannot follow a stream (as by live.debate).
      if (!session && readBearerToken(request.headers.authorization) !== null) {
        requireStreamSession(null);
      }
      if (!session) {
        throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in to continue." });
      }
      const access = await requireDebateAccess(
        prisma,
        session.user.id,
        debateId,
        "observer",
        "follow debates",
      );
      requireListening(bus);
      // Refused here, as a plain 429, rather than after the stream has begun.
      assertStreamSlotFree(bus.streams, session.user.id);
      reader = { access, sessionPublicId: session.publicId };
    } catch (error) {
      return refuse(reply, asTrpcError(error));
    }

    reply.hijack();
    const socket = reply.raw;
    socket.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      "x-accel-buffering": "no",
      connection: "keep-alive",
    });
    // The first line reaches the client at once: the stream is open.
    socket.write("retry: 2000\n: connected\n\n");
    const abort = new AbortController();
    socket.on("close", () => abort.abort());
    const heartbeat = setInterval(() => socket.write(": ping\n\n"), HEARTBEAT_MS);
    let tooFarBehind = false;
    try {
      for await (const event of streamDebateEvents(
        prisma,
        bus,
        reader,
        lastEventId,
        abort.signal,
      )) {
        socket.write(eventFrame(event));
        if (socket.writableLength > maxUnsentBytes && !(await readerCaughtUp(socket, stallMs))) {
          tooFarBehind = true;
          break;
        }
      }
    } catch (error) {
      const refusal = asTrpcError(error);
      if (refusal.code === "INTERNAL_SERVER_ERROR") request.log.error({ err: error });
      if (!abort.signal.aborted) {
        const body = {
          code: refusal.code,
          httpStatus: getHTTPStatusCodeFromError(refusal),
          message: refusal.message,
        };
        socket.write(`event: error\ndata: ${JSON.stringify(body)}\n\n`);
      }
    } finally {
      clearInterval(heartbeat);
      if (tooFarBehind) socket.destroy();
      else socket.end();
    }
  });
}
