// A real API server on an ephemeral loopback port, for tests that must go
// through HTTP (cookies, origin checks, health).
import type { FastifyInstance } from "fastify";
import type { ApiEnv } from "../env.ts";
import { buildServer } from "../http/server.ts";
import { testEnv, testEventBus, testPrisma } from "./harness.ts";

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
