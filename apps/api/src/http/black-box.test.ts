// The API as a browser or a hostile client meets it: a real server, real
// cookies, raw HTTP. Each test names the defence it checks.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readApiEnv } from "../env.ts";
import { uniqueIp } from "../test/assertions.ts";
import { createDebateTeam, openDebate } from "../test/debate-fixtures.ts";
import { createTestUser, TEST_PASSWORD, testEnv, testPrisma } from "../test/harness.ts";
import { SseStream, signInOverHttp, TEST_ORIGIN } from "../test/http-client.ts";
import { startTestServer } from "../test/http-server.ts";

let url = "";
let server: FastifyInstance | undefined;

beforeAll(async () => {
  ({ url, server } = await startTestServer({ ...testEnv, trustProxy: "loopback" }));
});
afterAll(async () => {
  await server?.close();
});

/** A debate with a member signed in over HTTP. */
async function memberInDebate() {
  const team = await createDebateTeam();
  const debateId = await openDebate(team.owner.caller, team.workspace.id);
  const cookie = await signInOverHttp(url, team.member.user.email);
  const claimCount = () => testPrisma().claim.count({ where: { debateId } });
  return { team, debateId, cookie, claimCount };
}

function post(path: string, body: BodyInit, headers: Record<string, string>) {
  return fetch(`${url}${path}`, {
    method: "POST",
    headers: { origin: TEST_ORIGIN, "x-forwarded-for": uniqueIp(), ...headers },
    body,
  });
}

describe("request bodies", () => {
  it("refuses a multipart body with 415 before reading it, storing nothing", async () => {
    const { debateId, cookie, claimCount } = await memberInDebate();
    const form = new FormData();
    form.set("json", JSON.stringify({ debateId, kind: "position", body: "Via form" }));
    const response = await post("/trpc/claim.post", form, { cookie });
    expect(response.status).toBe(415);
    expect((await response.json()).error.message).toContain("application/json");
    expect(await claimCount()).toBe(0);
  });

  it("refuses a text/plain body with 415", async () => {
    const { debateId, cookie } = await memberInDebate();
    const body = JSON.stringify({ json: { debateId, kind: "position", body: "Plain" } });
    const response = await post("/trpc/claim.post", body, {
      cookie,
      "content-type": "text/plain",
    });
    expect(response.status).toBe(415);
  });
});

describe("batches", () => {
  const claimBatch = (debateId: string, n: number) => {
    const calls = Array.from({ length: n }, (_, i) => [
      String(i),
      { json: { debateId, kind: "position", body: `Batched ${i}` } },
    ]);
    return {
      path: `/trpc/${Array(n).fill("claim.post").join(",")}?batch=1`,
      body: JSON.stringify(Object.fromEntries(calls)),
    };
  };

  it("refuses a POST batching more than 10 calls before any of them runs", async () => {
    const { debateId, cookie, claimCount } = await memberInDebate();
    const { path, body } = claimBatch(debateId, 200);
    const response = await post(path, body, { cookie, "content-type": "application/json" });
    expect(response.status).toBe(413);
    expect((await response.json()).error.message).toMatch(/at most 10/);
    expect(await claimCount()).toBe(0);
  });

  it("runs a batch of 10", async () => {
    const { debateId, cookie, claimCount } = await memberInDebate();
    const { path, body } = claimBatch(debateId, 10);
    const response = await post(path, body, { cookie, "content-type": "application/json" });
    expect(response.status).toBe(200);
    expect(await claimCount()).toBe(10);
  });
});

describe("write rate limits", () => {
  it("refuses a person's claim past 60 a minute with 429 and a sentence", async () => {
    const { team, debateId, cookie, claimCount } = await memberInDebate();
    // This minute and the next are already full, so the check cannot straddle a window.
    const minute = Math.floor(Date.now() / 60_000) * 60_000;
    await testPrisma().rateLimitBucket.createMany({
      data: [minute, minute + 60_000].map((start) => ({
        key: `write:claim:${team.member.user.id}`,
        windowStart: new Date(start),
        count: 60,
      })),
    });
    const response = await post(
      "/trpc/claim.post",
      JSON.stringify({ json: { debateId, kind: "position", body: "One too many" } }),
      { cookie, "content-type": "application/json" },
    );
    expect(response.status).toBe(429);
    expect((await response.json()).error.json.message).toMatch(/faster than anyone types/);
    expect(await claimCount()).toBe(0);
  });
});

describe("security headers", () => {
  const expectSecurityHeaders = (headers: Headers) => {
    expect(headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("permissions-policy")).toContain("camera=()");
  };

  it("are on health, queries, refusals and live streams", async () => {
    const { debateId, cookie } = await memberInDebate();
    const health = await fetch(`${url}/api/health`);
    expectSecurityHeaders(health.headers);
    expect(health.headers.get("strict-transport-security")).toBeNull(); // http here
    expectSecurityHeaders((await fetch(`${url}/trpc/auth.me`, { headers: { cookie } })).headers);
    expectSecurityHeaders(
      (await post("/trpc/claim.post", "x", { "content-type": "text/plain" })).headers,
    );
    const stream = await SseStream.open(url, "live.debate", { debateId }, cookie);
    expectSecurityHeaders(stream.headers);
    stream.close();
  });

  it("add HSTS and the __Host- cookie prefix when the app is served over https", async () => {
    const origin = "https://steelman.example";
    const https = await startTestServer({
      ...readApiEnv({ NODE_ENV: "test", APP_ORIGIN: origin }),
      trustProxy: "loopback",
    });
    try {
      const user = await createTestUser("https");
      const response = await fetch(`${https.url}/trpc/auth.signIn`, {
        method: "POST",
        headers: { "content-type": "application/json", origin, "x-forwarded-for": uniqueIp() },
        body: JSON.stringify({ json: { email: user.email, password: TEST_PASSWORD } }),
      });
      // Read the body, or the connection stays busy and the server cannot close.
      await response.arrayBuffer();
      expect(response.status).toBe(200);
      expect(response.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
      const cookies = response.headers.getSetCookie();
      expect(cookies.length).toBeGreaterThan(0);
      for (const cookie of cookies) {
        expect(cookie).toMatch(/^__Host-steelman_/);
        expect(cookie).toContain("Secure");
        expect(cookie).toContain("Path=/");
        expect(cookie).not.toContain("Domain=");
      }
    } finally {
      await https.server.close();
    }
  });
});

describe("health", () => {
  it("tells the public only ok", async () => {
    const response = await fetch(`${url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok", events: "listening" });
  });
});

describe("live streams", () => {
  it("stop when their session signs out", { timeout: 20_000 }, async () => {
    const { debateId, cookie } = await memberInDebate();
    const stream = await SseStream.open(url, "live.debate", { debateId }, cookie);
    const signOut = await post("/trpc/auth.signOut", JSON.stringify({ json: null }), {
      cookie,
      "content-type": "application/json",
    });
    expect(signOut.status).toBe(200);
    let ended: { event: string } | null = null;
    for (let message = await stream.next(); message; message = await stream.next()) ended = message;
    expect(ended?.event).toBe("serialized-error");
  });
});
