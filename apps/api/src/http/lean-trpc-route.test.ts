// Queries and mutations answered without tRPC's fetch adapter
// (lean-trpc-route.ts) must answer exactly as tRPC's own handler does: the
// same status, the same body (results, error shapes and messages, field
// errors), the same headers and cookies, for single calls and batches, signed
// in and out, with good and bad input. Two servers on one database, one of
// them with the lean path off, asked the same.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueIp } from "../test/assertions.ts";
import { createDebateTeam, openDebate, post } from "../test/debate-fixtures.ts";
import { testEnv, testEventBus, testPrisma } from "../test/harness.ts";
import { signInOverHttp, TEST_ORIGIN } from "../test/http-client.ts";
import { buildServer } from "./server.ts";

const servers: FastifyInstance[] = [];
const urls = { lean: "", trpc: "" };

beforeAll(async () => {
  for (const side of ["lean", "trpc"] as const) {
    const server = await buildServer(testPrisma(), testEnv, await testEventBus(), {
      leanTrpc: side === "lean",
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

/** Ids and times differ between two posts made alike; their places in the answer may not. */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g;
const alike = (text: string) => text.replace(UUID, "<id>").replace(TIME, "<time>");

async function postTo(
  side: keyof typeof urls,
  path: string,
  body: string,
  headers: Record<string, string>,
) {
  const response = await fetch(`${urls[side]}/trpc/${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin: TEST_ORIGIN,
      "x-forwarded-for": uniqueIp(),
      ...headers,
    },
    body,
  });
  const answer = {
    status: response.status,
    type: response.headers.get("content-type")?.split(";", 1)[0] ?? null,
    vary: response.headers.get("vary"),
    cookies: response.headers.getSetCookie().map(alike),
    body: withoutClock(JSON.parse(alike(await response.text()))),
  };
  // Kept apart from the answer: how it was sent is the one thing that differs.
  chunkedAnswers.set(answer, response.headers.get("transfer-encoding") === "chunked");
  return answer;
}
const chunkedAnswers = new WeakMap<object, boolean>();

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

describe("tRPC mutations without the fetch adapter", () => {
  it("answers writes, alone and batched, exactly as tRPC does, cookies included", async () => {
    const team = await createDebateTeam();
    // Two debates a side: the calls of a batch run at once, and each claim is then numbered 1.
    const open = () => openDebate(team.owner.caller, team.workspace.id);
    const debates = { lean: [await open(), await open()], trpc: [await open(), await open()] };
    const posted = { lean: {}, trpc: {} } as Record<keyof typeof urls, unknown>;
    const signedOut = { lean: {}, trpc: {} } as Record<keyof typeof urls, unknown>;
    for (const side of ["lean", "trpc"] as const) {
      const cookie = await signInOverHttp(urls[side], team.member.user.email);
      const position = {
        debateId: debates[side][0],
        kind: "position",
        body: "We should.",
        targetId: null,
      };
      const another = { ...position, debateId: debates[side][1], body: "We should wait." };
      posted[side] = await postTo(
        side,
        "claim.post,claim.post?batch=1",
        JSON.stringify({ 0: { json: position }, 1: { json: another } }),
        { cookie },
      );
      signedOut[side] = await postTo(side, "auth.signOut", "", { cookie });
    }
    expect(posted.lean).toEqual(posted.trpc);
    // tRPC's own path streams the answer; this one sends it whole, with its length.
    expect(chunkedAnswers.get(posted.lean as object)).toBe(false);
    expect(chunkedAnswers.get(posted.trpc as object)).toBe(true);
    expect(posted.lean).toMatchObject({ status: 200, body: [{ result: {} }, { result: {} }] });
    // Signing out clears the cookie in the same words either way.
    expect(signedOut.lean).toEqual(signedOut.trpc);
    expect(signedOut.lean).toMatchObject({
      status: 200,
      cookies: [expect.stringMatching(/^steelman_session=;/)],
    });
  });

  it("refuses writes alike: bad bodies, bad input, unknown debates, signed out, wrong methods", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.owner.caller, team.workspace.id);
    const unknown = "0190b7a5-0000-7000-8000-000000000000";
    const claim = (over: object) =>
      JSON.stringify({
        json: { debateId, kind: "position", body: "Yes.", targetId: null, ...over },
      });
    const cases: [string, string, boolean, number][] = [
      ["claim.post", claim({ body: "" }), true, 400],
      ["claim.post", claim({ debateId: unknown }), true, 404],
      ["claim.post", claim({}), false, 401],
      ["claim.post", "{not json", true, 400],
      ["claim.post", "", true, 400],
      ["claim.post,claim.post?batch=1", JSON.stringify({ 0: { json: {} } }), true, 400],
      ["claim.post,claim.post?batch=1", "[]", true, 400],
      // Not mutations: tRPC's own handler answers (the same server, either way).
      ["auth.me", "", true, 405],
      ["auth.me,claim.post?batch=1", "{}", true, 400],
    ];
    for (const [path, body, signedIn, status] of cases) {
      const answers = [];
      for (const side of ["lean", "trpc"] as const) {
        const headers = signedIn
          ? { cookie: await signInOverHttp(urls[side], team.member.user.email) }
          : ({} as Record<string, string>);
        answers.push(await postTo(side, path, body, headers));
      }
      expect(answers[0], `${path} ${body}`).toEqual(answers[1]);
      expect(answers[0]?.status, `${path} ${body}`).toBe(status);
    }
  });
});
