// A real API server on an ephemeral loopback port, for tests that must go
// through HTTP (cookies, origin checks, health).
import type { FastifyInstance } from "fastify";
import { buildServer } from "../http/server.ts";
import { testEnv, testPrisma } from "./harness.ts";

export async function startTestServer(): Promise<{ url: string; server: FastifyInstance }> {
  const server = await buildServer(testPrisma(), testEnv);
  await server.listen({ host: "127.0.0.1", port: 0 });
  const address = server.server.address();
  if (!address || typeof address === "string") throw new Error("test server has no TCP address");
  return { url: `http://127.0.0.1:${address.port}`, server };
}
