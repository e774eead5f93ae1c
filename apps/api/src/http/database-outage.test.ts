// A database that does not answer: the API says so at once, with 503 and a
// sentence, instead of hanging the request or answering 500.
import { once } from "node:events";
import { createServer, type Server, type Socket } from "node:net";
import { createPrismaClient, type PrismaClient } from "@steelman/db";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueIp } from "../test/assertions.ts";
import { testEnv, testEventBus } from "../test/harness.ts";
import { TEST_ORIGIN, trpcMutation } from "../test/http-client.ts";
import { buildServer } from "./server.ts";

type Outage = { url: string; server: FastifyInstance; prisma: PrismaClient };

/** A TCP port that accepts connections and never says a word, like a host gone silent. */
async function silentPort(): Promise<{ port: number; close(): void }> {
  const sockets: Socket[] = [];
  const silent: Server = createServer((socket) => sockets.push(socket));
  silent.listen(0, "127.0.0.1");
  await once(silent, "listening");
  const address = silent.address();
  if (!address || typeof address === "string") throw new Error("no port");
  return {
    port: address.port,
    close: () => {
      for (const socket of sockets) socket.destroy();
      silent.close();
    },
  };
}

async function apiOn(databaseUrl: string): Promise<Outage> {
  const prisma = createPrismaClient(databaseUrl, { poolSize: 2 });
  const server = await buildServer(prisma, testEnv, await testEventBus());
  await server.listen({ host: "127.0.0.1", port: 0 });
  const address = server.server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  return { url: `http://127.0.0.1:${address.port}`, server, prisma };
}

const outages: { label: string; outage?: Outage }[] = [
  { label: "a host that accepts connections and never answers" },
  { label: "a stopped database (connection refused)" },
];
let silent: Awaited<ReturnType<typeof silentPort>>;

beforeAll(async () => {
  silent = await silentPort();
  const refusing = await silentPort();
  refusing.close(); // nothing listens there any more
  outages[0]!.outage = await apiOn(`postgresql://steelman@127.0.0.1:${silent.port}/steelman`);
  outages[1]!.outage = await apiOn(`postgresql://steelman@127.0.0.1:${refusing.port}/steelman`);
});
afterAll(async () => {
  for (const { outage } of outages) {
    await outage?.server.close();
    await outage?.prisma.$disconnect().catch(() => {});
  }
  silent.close();
});

describe.each(outages)("with $label", (entry) => {
  it("reports the database unreachable on /api/health with 503", async () => {
    const response = await fetch(`${entry.outage!.url}/api/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "error", db: "unreachable" });
  });

  it("answers a signed-in page's read with 503 and a sentence, not 500", async () => {
    const response = await fetch(`${entry.outage!.url}/trpc/workspace.list`, {
      headers: {
        origin: TEST_ORIGIN,
        "x-forwarded-for": uniqueIp(),
        cookie: "steelman_session=some-session-token",
      },
    });
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error: { json: { message: string } } };
    expect(body.error.json.message).toBe(
      "The database is not answering right now. Please try again in a moment.",
    );
  });

  it("answers a sign-in (a write) with 503 too", async () => {
    const answer = await trpcMutation(entry.outage!.url, "auth.signIn", {
      email: "someone@example.test",
      password: "whatever-it-is",
    });
    expect(answer.status).toBe(503);
  });
});
