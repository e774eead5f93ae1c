// The API over real HTTP: health, the origin check in front of every
// state-changing request, and the session cookie's attributes.
import { createPrismaClient } from "@steelman/db";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EventBus } from "../realtime/event-bus.ts";
import { uniqueIp } from "../test/assertions.ts";
import { TEST_PASSWORD, testEnv, testEventBus, testPrisma, uniqueEmail } from "../test/harness.ts";
import { startTestServer } from "../test/http-server.ts";
import { buildServer } from "./server.ts";

const APP_ORIGIN = "http://localhost:3000";

let url = "";
let server: FastifyInstance | undefined;

// Behind a "proxy", so each request can come from its own address and the
// per-IP sign-up limit (kept in the database) never carries over between runs.
beforeAll(async () => {
  ({ url, server } = await startTestServer({ ...testEnv, trustProxy: "loopback" }));
});
afterAll(async () => {
  await server?.close();
});

function signUp(email: string, headers: Record<string, string>) {
  return fetch(`${url}/trpc/auth.signUp`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": uniqueIp(), ...headers },
    body: JSON.stringify({ json: { email, password: TEST_PASSWORD, displayName: "Web" } }),
  });
}

function me(cookie: string) {
  return fetch(`${url}/trpc/auth.me`, { headers: { cookie } });
}

function accountExists(email: string) {
  return testPrisma()
    .user.findUnique({ where: { email } })
    .then((user) => user !== null);
}

describe("HTTP server", () => {
  it("answers health with the database's state", async () => {
    const response = await fetch(`${url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok", events: "listening" });
  });

  it("answers health 'degraded' while the instance cannot deliver live events", async () => {
    const notListening = new EventBus(testPrisma(), "postgresql://unused", () => {});
    const degraded = await buildServer(testPrisma(), testEnv, notListening);
    try {
      const response = await degraded.inject({ method: "GET", url: "/api/health" });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: "degraded", db: "ok", events: "starting" });
    } finally {
      await degraded.close();
    }
  });

  it("answers health with 503 and a reason code only when the database is unreachable", async () => {
    const unreachable = createPrismaClient("postgresql://postgres:x@127.0.0.1:1/none");
    const broken = await buildServer(unreachable, testEnv, await testEventBus());
    try {
      const response = await broken.inject({ method: "GET", url: "/api/health" });
      expect(response.statusCode).toBe(503);
      // No driver message: it would tell the public the database's host and port.
      expect(response.json()).toMatchObject({ status: "error", db: "unreachable" });
      expect(response.body).not.toContain("127.0.0.1");
    } finally {
      await broken.close();
      await unreachable.$disconnect();
    }
  });

  it.each([
    ["from another origin", { origin: "https://evil.example" }, "another origin"],
    ["marked cross-site", { "sec-fetch-site": "cross-site" }, "Cross-site request refused"],
    [
      "marked cross-site even with the app's origin",
      { origin: APP_ORIGIN, "sec-fetch-site": "cross-site" },
      "Cross-site request refused",
    ],
    ["showing no origin at all", {}, "does not say which site"],
  ])("refuses a mutation %s with 403, storing nothing", async (_how, headers, reason) => {
    const email = uniqueEmail("csrf");
    const response = await signUp(email, headers);
    expect(response.status).toBe(403);
    expect((await response.json()).error.message).toContain(reason);
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(await accountExists(email)).toBe(false);
  });

  it("signs up from the app's origin with a safe session cookie that then identifies me", async () => {
    const email = uniqueEmail("web");
    const response = await signUp(email, { origin: APP_ORIGIN });
    expect(response.status).toBe(200);
    expect((await response.json()).result.data.json).toMatchObject({ email, displayName: "Web" });

    const [cookie, ...others] = response.headers.getSetCookie();
    expect(others).toEqual([]);
    expect(cookie).toMatch(/^steelman_session=[a-z2-7]{32};/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).toContain("Path=/");
    expect(cookie).not.toContain("Secure"); // the app is served over http here

    const session = cookie!.split(";")[0]!;
    const answer = await me(session);
    expect(answer.status).toBe(200);
    expect((await answer.json()).result.data.json).toMatchObject({ email, displayName: "Web" });
  });

  it("treats a garbage session cookie as signed out and clears it", async () => {
    const response = await me("steelman_session=not-a-real-token");
    expect(response.status).toBe(200);
    expect((await response.json()).result.data.json).toBeNull();
    const [cleared] = response.headers.getSetCookie();
    expect(cleared).toMatch(/^steelman_session=;/);
    expect(cleared).toContain("Max-Age=0");
  });
});
