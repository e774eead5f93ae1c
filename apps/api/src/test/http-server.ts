// A real API server on an ephemeral loopback port, for tests that must go
// through HTTP (cookies, origin checks, health).
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll } from "vitest";
import type { ApiEnv } from "../env.ts";
import { buildServer } from "../http/server.ts";
import { testEnv, testEventBus, testPrisma } from "./harness.ts";
import type { SseStream } from "./http-client.ts";

/** `env` defaults to the test configuration; pass a variant (e.g. trustProxy) when needed. */
export async function startTestServer(
  env: ApiEnv = testEnv,
): Promise<{ url: string; server: FastifyInstance }> {
  const server = await buildServer(testPrisma(), env, await testEventBus());
  await server.listen({ host: "127.0.0.1", port: 0 });
  const address = server.server.address();
  if (!address || typeof address === "string") throw new Error("test server has no TCP address");
  return { url: `http://127.0.0.1:${address.port}`, server };
}

/** One server for a test file: started before its tests, closed after; `url` is set once it listens. */
export function httpTestServer() {
  const state = { url: "" };
  let server: FastifyInstance | undefined;
  beforeAll(async () => {
    ({ url: state.url, server } = await startTestServer());
  });
  afterAll(async () => {
    await server?.close();
  });
  return state;
}

/**
 * One server for a test file's live-stream tests: started before them,
 * closed after, with every stream they hand to `streams` closed first.
 * Behind a trusted loopback proxy, so each sign-in can come from its own address.
 */
export function streamingTestServer() {
  const state = { url: "", streams: [] as SseStream[] };
  let server: FastifyInstance | undefined;
  beforeAll(async () => {
    ({ url: state.url, server } = await startTestServer({ ...testEnv, trustProxy: "loopback" }));
  });
  afterAll(async () => {
    for (const stream of state.streams) stream.close();
    await server?.close();
  });
  return state;
}
