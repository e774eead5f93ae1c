// Personal API tokens over real HTTP: Authorization: Bearer, no cookie, no
// Origin header (a script, not a browser).

import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDebateTeam, type DebateTeam, openDebate } from "../test/debate-fixtures.ts";
import { testPrisma } from "../test/harness.ts";
import { signInOverHttp, TEST_ORIGIN } from "../test/http-client.ts";
import { startTestServer } from "../test/http-server.ts";

let url: string;
let server: FastifyInstance;
let team: DebateTeam;
let away: DebateTeam;
let debateId: string;
let awayDebateId: string;

beforeAll(async () => {
  ({ url, server } = await startTestServer());
  team = await createDebateTeam();
  away = await createDebateTeam();
  debateId = await openDebate(team.facilitator.caller, team.workspace.id);
  awayDebateId = await openDebate(away.facilitator.caller, away.workspace.id);
  // The member of `team` is in the other workspace too, so only the token's scope keeps them out.
  await testPrisma().membership.create({
    data: { workspaceId: away.workspace.id, userId: team.member.user.id, role: "member" },
  });
});
afterAll(async () => {
  await server.close();
});

async function bearerQuery(path: string, input: unknown, token: string) {
  const query = encodeURIComponent(JSON.stringify({ json: input }));
  const response = await fetch(`${url}/trpc/${path}?input=${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

async function bearerMutation(path: string, input: unknown, token: string, cookie?: string) {
  const response = await fetch(`${url}/trpc/${path}`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${token}`,
      "content-type": "application/json",
      // A cookie makes it a browser's request again: the Origin check applies.
      ...(cookie ? { cookie, origin: TEST_ORIGIN } : {}),
    },
    body: JSON.stringify({ json: input }),
  });
  return { status: response.status, body: JSON.stringify(await response.json()) };
}

function tokenFor(scope: "read" | "write") {
  return team.member.caller.apiToken.create({ workspaceId: team.workspace.id, name: scope, scope });
}

const position = (id: string) => ({ debateId: id, kind: "position", targetId: null, body: "Yes" });

describe("a personal API token over HTTP", () => {
  it("reads what its person may read", async () => {
    const { token } = await tokenFor("read");
    expect(token).toMatch(/^stm_/);
    const answer = await bearerQuery("debate.get", { debateId }, token);
    expect(answer.status).toBe(200);
    const stored = await testPrisma().apiToken.findFirstOrThrow({
      where: { prefix: token.slice(0, 10) },
      select: { tokenHash: true, lastUsedAt: true },
    });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.lastUsedAt).not.toBeNull();
  });

  it("refuses changes made with a read token, and says why", async () => {
    const { token } = await tokenFor("read");
    const answer = await bearerMutation("claim.post", position(debateId), token);
    expect(answer.status).toBe(403);
    expect(answer.body).toContain("can only read");
    expect(await testPrisma().claim.count({ where: { debateId } })).toBe(0);
  });

  it("writes with a write token, without an Origin header", async () => {
    const { token } = await tokenFor("write");
    const answer = await bearerMutation("claim.post", position(debateId), token);
    expect(answer.status).toBe(200);
  });

  it("is refused in another workspace, even one its person belongs to", async () => {
    const { token } = await tokenFor("write");
    const read = await bearerQuery("debate.get", { debateId: awayDebateId }, token);
    expect(read.status).toBe(403);
    const write = await bearerMutation("claim.post", position(awayDebateId), token);
    expect(write.status).toBe(403);
    expect(write.body).toContain("another workspace");
  });

  it("is refused once revoked", async () => {
    const created = await tokenFor("read");
    await team.member.caller.apiToken.revoke({ tokenId: created.id });
    const answer = await bearerQuery("debate.get", { debateId }, created.token);
    expect(answer.status).toBe(401);
  });

  it("is refused together with a session cookie", async () => {
    const { token } = await tokenFor("write");
    const cookie = await signInOverHttp(url, team.member.user.email);
    const answer = await bearerMutation("claim.post", position(debateId), token, cookie);
    expect(answer.status).toBe(400);
    expect(answer.body).toContain("not both");
  });

  it("cannot reach account procedures such as creating more tokens", async () => {
    const { token } = await tokenFor("write");
    const input = { workspaceId: team.workspace.id, name: "more", scope: "write" };
    const answer = await bearerMutation("apiToken.create", input, token);
    expect(answer.status).toBe(403);
  });
});
