// The API as a browser or a hostile client meets it: a real server, real
// cookies, raw HTTP. Each test names the defence it checks.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueIp } from "../test/assertions.ts";
import { createDebateTeam, openDebate } from "../test/debate-fixtures.ts";
import { testEnv, testPrisma } from "../test/harness.ts";
import { signInOverHttp, TEST_ORIGIN } from "../test/http-client.ts";
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
