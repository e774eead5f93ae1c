// Queries answered without tRPC's fetch adapter (trpc-query-route.ts) must
// answer exactly as tRPC's own handler does: the same status, the same body
// (results, error shapes and messages, field errors), the same headers, for
// single calls and batches, signed in and out, with good and bad input. Two
// servers on one database, one of them with the lean path off, asked the same.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDebateTeam, openDebate, post } from "../test/debate-fixtures.ts";
import { testEnv, testEventBus, testPrisma } from "../test/harness.ts";
import { signInOverHttp } from "../test/http-client.ts";
import { buildServer } from "./server.ts";

const servers: FastifyInstance[] = [];
const urls = { lean: "", trpc: "" };

beforeAll(async () => {
  for (const side of ["lean", "trpc"] as const) {
    const server = await buildServer(testPrisma(), testEnv, await testEventBus(), {
      leanQueries: side === "lean",
    });
    await server.listen({ host: "127.0.0.1", port: 0 });
    const address = server.server.address();
    if (!address || typeof address === "string") throw new Error("no TCP address");
    urls[side] = `http://127.0.0.1:${address.port}`;
    servers.push(server);
  }
});
afterAll(() => Promise.all(servers.map((server) => server.close())));

type Answer = { status: number; type: string | null; vary: string | null; body: unknown };

/**
 * The clock's reading in a debate read differs from one call to the next, and
 * an error's stack (sent in development and tests only) names the handler;
 * nothing else may differ.
 */
function withoutClock(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutClock);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== "serverNow" && key !== "stack")
      .map(([key, inner]) => [key, withoutClock(inner)]),
  );
}

async function ask(side: keyof typeof urls, path: string, headers: Record<string, string>) {
  const response = await fetch(`${urls[side]}/trpc/${path}`, {
    headers: { "accept-encoding": "identity", ...headers },
  });
  const text = await response.text();
  const answer: Answer = {
    status: response.status,
    // Fastify names the charset of a JSON text it sends (utf-8, as JSON must be); tRPC does not.
    type: response.headers.get("content-type")?.split(";", 1)[0] ?? null,
    vary: response.headers.get("vary"),
    body: withoutClock(JSON.parse(text)),
  };
  return { answer, chunked: response.headers.get("transfer-encoding") === "chunked" };
}

/** Asks both servers; they must agree. Returns the lean side's answer. */
async function expectSameAnswer(path: string, headers: Record<string, string> = {}) {
  const lean = await ask("lean", path, headers);
  const trpc = await ask("trpc", path, headers);
  expect(lean.answer, path).toEqual(trpc.answer);
  return lean;
}

const input = (value: unknown) => `input=${encodeURIComponent(JSON.stringify(value))}`;
const batchOf = (...calls: unknown[]) =>
  input(Object.fromEntries(calls.map((call, i) => [i, { json: call }])));

describe("tRPC queries without the fetch adapter", () => {
  it("answers reads, alone and batched, exactly as tRPC does, and in one piece", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.owner.caller, team.workspace.id);
    const position = await post(team.member.caller, debateId, "position", null);
    await post(team.member.caller, debateId, "objection", position.id);
    const cookie = { cookie: await signInOverHttp(urls.lean, team.member.user.email) };

    const single = await expectSameAnswer(`debate.get?${input({ json: { debateId } })}`, cookie);
    expect(single.answer.status).toBe(200);
    expect(JSON.stringify(single.answer.body)).toContain(position.id);
    // tRPC's own path streams the answer; this one sends it whole, with its length.
    expect(single.chunked).toBe(false);
    expect((await ask("trpc", `debate.get?${input({ json: { debateId } })}`, cookie)).chunked).toBe(
      true,
    );

    const batch = await expectSameAnswer(
      `auth.me,workspace.list,claim.revisions?batch=1&${batchOf(null, null, { claimId: position.id })}`,
      cookie,
    );
    expect(batch.answer.status).toBe(200);
    expect(batch.answer.body).toHaveLength(3);
  });

  it("refuses alike: unknown debates, bad and missing input, signed out, mixed batches", async () => {
    const team = await createDebateTeam();
    const cookie = { cookie: await signInOverHttp(urls.lean, team.member.user.email) };
    const unknown = "0190b7a5-0000-7000-8000-000000000000";
    const cases: [string, Record<string, string>, number][] = [
      [`debate.get?${input({ json: { debateId: unknown } })}`, cookie, 404],
      [`debate.get?${input({ json: { debateId: "nope" } })}`, cookie, 400],
      [`debate.get?${input({ json: {} })}`, cookie, 400],
      ["debate.get", cookie, 400],
      ["debate.get?input=%7Bnot%20json", cookie, 400],
      // Signed out with a bad input: refused as signed out, before the input is read.
      [`debate.get?${input({ json: { debateId: "nope" } })}`, {}, 401],
      [`auth.me,debate.get?batch=1&${batchOf(null, { debateId: unknown })}`, cookie, 207],
      // A batch's input must be an object by index; one that takes no input never reads it.
      [`debate.get,debate.get?batch=1&${input([{ json: { debateId: unknown } }])}`, cookie, 400],
      [`auth.me,debate.get?batch=1&${input([{ json: null }])}`, cookie, 207],
      // A token and a cookie at once: refused when the context is made.
      ["auth.me", { ...cookie, authorization: "Bearer stm_nothing" }, 400],
      // Not queries: tRPC's own handler answers (the same server, either way).
      ["auth.signOut", cookie, 405],
      ["nothing.here", cookie, 404],
    ];
    for (const [path, headers, status] of cases) {
      const { answer } = await expectSameAnswer(path, headers);
      expect(answer.status, path).toBe(status);
    }
  });
});
