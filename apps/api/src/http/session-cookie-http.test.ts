// The session cookie's rules over real HTTP, on the calls a debate's page
// makes: a batch looks the session up once; a session near its end slides
// and its cookie is sent again; an ended one is refused (401), its row
// deleted and its cookie cleared, before anything of the debate is said;
// and a stale cookie is answered as signed out even when the input is bad.
import { poolOf } from "@steelman/db";
import { afterEach, describe, expect, it, vi } from "vitest";
import { hashToken } from "../auth/session-token.ts";
import { createDebateTeam, openDebate, post } from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";
import { signInOverHttp, trpcMutation } from "../test/http-client.ts";
import { httpTestServer } from "../test/http-server.ts";

const http = httpTestServer();

/** The statements sent on the server's pool that read the Session table. */
function watchSessionStatements() {
  const pool = poolOf(testPrisma());
  if (!pool) throw new Error("the test client has a pool");
  const query = vi.spyOn(pool, "query");
  return () =>
    query.mock.calls
      .map(([config]) => (typeof config === "string" ? config : (config as { text: string }).text))
      .filter((text) => text.includes(`"Session"`));
}

afterEach(() => {
  vi.restoreAllMocks();
});

async function getOverHttp(paths: string, inputs: unknown[], cookie: string) {
  const input = Object.fromEntries(inputs.map((json, index) => [index, { json }]));
  const batch =
    inputs.length > 1
      ? `batch=1&input=${encodeURIComponent(JSON.stringify(input))}`
      : `input=${encodeURIComponent(JSON.stringify({ json: inputs[0] }))}`;
  const response = await fetch(`${http.url}/trpc/${paths}?${batch}`, { headers: { cookie } });
  return {
    status: response.status,
    body: await response.text(),
    cookies: response.headers.getSetCookie(),
  };
}

const tokenOf = (cookie: string) => cookie.slice(cookie.indexOf("=") + 1);

async function teamWithClaim() {
  const team = await createDebateTeam();
  const debateId = await openDebate(team.owner.caller, team.workspace.id);
  const claim = await post(
    team.member.caller,
    debateId,
    "position",
    null,
    "Keep the loop in-house",
  );
  const cookie = await signInOverHttp(http.url, team.member.user.email);
  return { team, debateId, claimId: claim.id, cookie };
}

describe("the session cookie on a debate's calls", () => {
  it("looks the session up once for a whole batch", async () => {
    const { debateId, cookie } = await teamWithClaim();
    const sessionStatements = watchSessionStatements();
    const answer = await getOverHttp(
      "debate.get,auth.me,debate.get",
      [{ debateId }, null, { debateId }],
      cookie,
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toContain("Keep the loop in-house");
    expect(sessionStatements()).toHaveLength(1);
  });

  it("slides a session near its end and sends its cookie again", async () => {
    const { debateId, cookie } = await teamWithClaim();
    const tokenHash = hashToken(tokenOf(cookie));
    const soon = new Date(Date.now() + 60 * 60 * 1000);
    await testPrisma().session.update({
      where: { tokenHash },
      data: { lastUsedAt: new Date(Date.now() - 24 * 60 * 60 * 1000), expiresAt: soon },
    });

    const answer = await getOverHttp("debate.get", [{ debateId }], cookie);
    expect(answer.status).toBe(200);
    const session = await testPrisma().session.findUniqueOrThrow({ where: { tokenHash } });
    expect(session.expiresAt.getTime()).toBeGreaterThan(Date.now() + 13 * 24 * 60 * 60 * 1000);
    expect(answer.cookies).toHaveLength(1);
    expect(answer.cookies[0]).toContain(cookie);
    expect(answer.cookies[0]).toContain(`Expires=${session.expiresAt.toUTCString()}`);
  });

  it("refuses an ended session before saying anything of the debate, and clears its cookie", async () => {
    const { debateId, claimId, cookie } = await teamWithClaim();
    const tokenHash = hashToken(tokenOf(cookie));
    await testPrisma().session.update({
      where: { tokenHash },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });

    const read = await getOverHttp("debate.get", [{ debateId }], cookie);
    expect(read.status).toBe(401);
    expect(read.body).not.toContain("Keep the loop in-house");
    expect(read.cookies).toHaveLength(1);
    expect(read.cookies[0]).toMatch(/=;|Max-Age=0|Expires=Thu, 01 Jan 1970/);
    expect(await testPrisma().session.findUnique({ where: { tokenHash } })).toBeNull();

    const vote = await trpcMutation(
      http.url,
      "claim.vote",
      { claimId, agreement: "agree" },
      { cookie },
    );
    expect(vote.status).toBe(401);
  });

  it("still answers a bad debate id with a stale cookie as signed out", async () => {
    const { cookie } = await teamWithClaim();
    await testPrisma().session.delete({ where: { tokenHash: hashToken(tokenOf(cookie)) } });
    const answer = await getOverHttp("debate.get", [{ debateId: "not-a-uuid" }], cookie);
    expect(answer.status).toBe(401);
    expect(answer.body).toMatch(/sign in/i);
  });
});
