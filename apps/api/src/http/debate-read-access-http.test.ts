// debate.get's access check runs on the pool's own SQL (debate-read-access.ts),
// not through the routers' shared Prisma check: over real HTTP with real
// cookies, only the debate's workspace reads it, a signed-out or signed-off
// cookie reads nothing, and each refusal says why.
import { describe, expect, it } from "vitest";
import { createDebateTeam, openDebate, post } from "../test/debate-fixtures.ts";
import { signInOverHttp, trpcMutation } from "../test/http-client.ts";
import { httpTestServer } from "../test/http-server.ts";

const http = httpTestServer();

async function readDebate(debateId: string, cookie?: string) {
  const input = encodeURIComponent(JSON.stringify({ json: { debateId } }));
  const response = await fetch(`${http.url}/trpc/debate.get?input=${input}`, {
    headers: cookie ? { cookie } : {},
  });
  const body = (await response.json()) as {
    result?: { data: { json: { claims: { body: string | null }[] } } };
    error?: { json: { message: string } };
  };
  return { status: response.status, body };
}

describe("debate.get's access over HTTP", () => {
  it("reads for the debate's workspace only, and refuses others with a reason", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.owner.caller, team.workspace.id);
    await post(team.member.caller, debateId, "position", null, "Keep the loop in-house");
    const stranger = (await createDebateTeam()).member.user.email;

    const member = await readDebate(
      debateId,
      await signInOverHttp(http.url, team.observer.user.email),
    );
    expect(member.status).toBe(200);
    expect(member.body.result?.data.json.claims.map((claim) => claim.body)).toEqual([
      "Keep the loop in-house",
    ]);

    const outsider = await readDebate(debateId, await signInOverHttp(http.url, stranger));
    expect([403, 404]).toContain(outsider.status);
    expect(outsider.body.error?.json.message).toMatch(/\w+ \w+/);
    expect(JSON.stringify(outsider.body)).not.toContain("Keep the loop in-house");

    const signedOut = await readDebate(debateId);
    expect(signedOut.status).toBe(401);
    expect(signedOut.body.error?.json.message).toMatch(/sign in/i);
  });

  it("reads nothing with a cookie whose session was signed out", async () => {
    const team = await createDebateTeam();
    const debateId = await openDebate(team.owner.caller, team.workspace.id);
    const cookie = await signInOverHttp(http.url, team.member.user.email);
    expect((await readDebate(debateId, cookie)).status).toBe(200);

    expect((await trpcMutation(http.url, "auth.signOut", null, { cookie })).status).toBe(200);
    const after = await readDebate(debateId, cookie);
    expect(after.status).toBe(401);
    expect(JSON.stringify(after.body)).not.toContain(debateId);
  });
});
