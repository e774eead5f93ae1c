// tRPC under /trpc, its queries and mutations answered without the fetch
// adapter. tRPC's Fastify adapter turns every request into a WHATWG Request
// (URL, Headers, AbortSignals) and every answer into a Response that Fastify
// then streams: ~0.8 ms of the API's CPU per call, a quarter of a whole read
// of a 100-claim debate. A GET whose every path is a query, or a JSON POST
// whose every path is a mutation, is answered here with the same steps tRPC
// takes (tRPC's own error shapes, status codes and transformer); anything
// else (subscriptions, unknown paths, a query posted or a mutation got,
// streamed batches, HEAD) goes to tRPC's own handler unchanged.
// lean-trpc-route.test.ts holds both to the same answers.
import {
  type AnyTRPCRouter,
  getErrorShape,
  getTRPCErrorFromUnknown,
  TRPCError,
  transformTRPCResponse,
} from "@trpc/server";
import type { FastifyTRPCPluginOptions } from "@trpc/server/adapters/fastify";
import { fastifyRequestHandler } from "@trpc/server/adapters/fastify";
import { getHTTPStatusCode } from "@trpc/server/http";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

type CallType = "query" | "mutation";
type Options<R extends AnyTRPCRouter> = FastifyTRPCPluginOptions<R>["trpcOptions"];
type Procedure = (opts: {
  path: string;
  getRawInput: () => Promise<unknown>;
  ctx: unknown;
  type: CallType;
  signal: AbortSignal | undefined;
  batchIndex: number;
}) => Promise<unknown>;
type RouteRequest = FastifyRequest<{
  Params: { path: string };
  Querystring: { batch?: string; input?: string };
}>;

/** The procedures at these paths, or null when any is not of `type` (tRPC answers those). */
function proceduresAt(
  router: AnyTRPCRouter,
  paths: readonly string[],
  type: CallType,
): Procedure[] | null {
  const procedures: Procedure[] = [];
  for (const path of paths) {
    const procedure = (router._def.procedures as Record<string, unknown>)[path] as
      | (Procedure & { _def: { type: string } })
      | undefined;
    if (procedure?._def.type !== type) return null;
    procedures.push(procedure);
  }
  return procedures;
}

/** A result tRPC only streams (promises or async iterables at its top level). */
function isDataStream(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  if (Symbol.asyncIterator in value) return true;
  return Object.values(value).some(
    (v) =>
      v instanceof Promise || (typeof v === "object" && v !== null && Symbol.asyncIterator in v),
  );
}

/**
 * The calls' inputs (`input` of a GET, the body of a POST), read when a
 * procedure first asks for them (after its middlewares: a signed-out call
 * with a bad input is refused as signed out), as tRPC reads them; a bad one
 * fails each call alike.
 */
function lazyInputs(
  router: AnyTRPCRouter,
  input: string | undefined,
  count: number,
  batch: boolean,
  { body = false } = {},
) {
  let inputs: unknown[] | undefined;
  const parse = (): unknown[] => {
    // A body is always JSON (an empty one fails, as tRPC's req.json() does); `input` may be absent.
    const raw = body || input ? JSON.parse(input ?? "") : undefined;
    const { deserialize } = router._def._config.transformer.input;
    if (raw === undefined) return [];
    if (!batch) return [deserialize(raw)];
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: '"input" needs to be an object when doing a batch call',
      });
    }
    const byIndex = raw as Record<number, unknown>;
    return Array.from({ length: count }, (_, i) =>
      byIndex[i] === undefined ? undefined : deserialize(byIndex[i]),
    );
  };
  return {
    read(index: number): unknown {
      try {
        inputs ??= parse();
      } catch (cause) {
        if (cause instanceof TRPCError) throw cause;
        const message = cause instanceof Error ? cause.message : "Invalid input";
        throw new TRPCError({ code: "BAD_REQUEST", message, cause });
      }
      return inputs[index];
    },
    /** What was read for this call, for the error's shape and onError (undefined if never read). */
    readSoFar: (index: number) => inputs?.[index],
  };
}

type Calls = { type: CallType; procedures: Procedure[]; paths: string[]; batch: boolean };

async function answerCalls<R extends AnyTRPCRouter>(
  options: Options<R>,
  request: RouteRequest,
  reply: FastifyReply,
  { type, procedures, paths, batch }: Calls,
) {
  const { router } = options;
  const config = router._def._config;
  const inputs =
    type === "query"
      ? lazyInputs(router, request.query.input, paths.length, batch)
      : lazyInputs(router, request.body as string, paths.length, batch, { body: true });
  let ctx: unknown;
  let ctxError: TRPCError | undefined;
  try {
    // Our createContext reads the request and reply only; tRPC's `info` (the parsed calls) is not built here.
    ctx = await options.createContext?.({ req: request, res: reply, info: undefined as never });
  } catch (cause) {
    ctxError = getTRPCErrorFromUnknown(cause);
  }
  const results = await Promise.all(
    procedures.map(async (procedure, index) => {
      const path = paths[index] ?? "";
      try {
        if (ctxError) throw ctxError;
        const data = await procedure({
          path,
          getRawInput: async () => inputs.read(index),
          ctx,
          type,
          signal: undefined,
          batchIndex: index,
        });
        if (isDataStream(data)) {
          throw new TRPCError({
            code: "UNSUPPORTED_MEDIA_TYPE",
            message:
              "Cannot use stream-like response in non-streaming request - use httpBatchStreamLink",
          });
        }
        return { result: { data } };
      } catch (cause) {
        const error = getTRPCErrorFromUnknown(cause);
        const input = inputs.readSoFar(index);
        options.onError?.({ error, path, input, ctx, type, req: request } as never);
        return { error: getErrorShape({ config, ctx, error, input, path, type }) };
      }
    }),
  );
  const untransformed = batch ? results : results[0];
  reply
    .code(getHTTPStatusCode(untransformed as never))
    .header("vary", "trpc-accept, accept")
    .type("application/json");
  return reply.send(JSON.stringify(transformTRPCResponse(config, untransformed as never)));
}

/** What this route answers itself; null for what tRPC's own handler must. */
function leanCalls(router: AnyTRPCRouter, request: RouteRequest): Calls | null {
  const batch = request.query.batch === "1";
  const paths = batch ? request.params.path.split(",") : [request.params.path];
  if (request.headers["trpc-accept"] === "application/jsonl") return null;
  // A POST's body is a string only when it came as JSON (the parsers below).
  const type: CallType | null =
    request.method === "GET"
      ? "query"
      : request.method === "POST" && typeof request.body === "string"
        ? "mutation"
        : null;
  const procedures = type && proceduresAt(router, paths, type);
  return type && procedures ? { type, procedures, paths, batch } : null;
}

/** Registers tRPC at `prefix`, its plain queries and mutations answered by answerCalls. */
export async function registerTrpcRoutes<R extends AnyTRPCRouter>(
  server: FastifyInstance,
  prefix: string,
  options: Options<R>,
  { lean = true } = {},
) {
  await server.register(
    async (scope) => {
      // As tRPC's own plugin: it reads the body itself.
      scope.removeContentTypeParser("application/json");
      scope.addContentTypeParser("application/json", { parseAs: "string" }, (_, body, done) =>
        done(null, body),
      );
      scope.removeContentTypeParser("multipart/form-data");
      scope.addContentTypeParser("multipart/form-data", {}, (_, body, done) => done(null, body));
      scope.route({
        method: ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"],
        url: "/:path",
        exposeHeadRoute: false,
        handler: async (request: RouteRequest, reply) => {
          const calls = lean ? leanCalls(options.router, request) : null;
          if (calls) return answerCalls(options, request, reply, calls);
          return fastifyRequestHandler({
            ...options,
            req: request,
            res: reply,
            path: request.params.path,
          });
        },
      });
    },
    { prefix },
  );
}
