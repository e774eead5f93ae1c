// Joining twice from one browser over real HTTP, with the cookie the server
// sets: the second join resumes the same guest, sets no new cookie, and the
// guest's two ballots are one.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueIp } from "../test/assertions.ts";
import { testEnv, testPrisma } from "../test/harness.ts";
import { startTestServer } from "../test/http-server.ts";
import { openProposal } from "../test/proposal-fixtures.ts";
import { arrangeWorkshop } from "../test/workshop-fixtures.ts";

const APP_ORIGIN = "http://localhost:3000";
let url = "";
let server: FastifyInstance | undefined;

beforeAll(async () => {
  ({ url, server } = await startTestServer({ ...testEnv, trustProxy: "loopback" }));
});
afterAll(async () => {
  await server?.close();
});

/** One browser: a cookie jar and an address. */
function browser() {
  let cookie = "";
  const ip = uniqueIp();
  return {
    async call(procedure: string, input: unknown) {
      const response = await fetch(`${url}/trpc/${procedure}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: APP_ORIGIN,
          "x-forwarded-for": ip,
          ...(cookie ? { cookie } : {}),
        },
        body: JSON.stringify({ json: input }),
      });
      const set = response.headers.getSetCookie();
      for (const line of set) cookie = line.split(";")[0]!;
      return { status: response.status, body: await response.json(), setCookies: set.length };
    },
  };
}

describe("guest.join over HTTP", () => {
  it("joining twice from one browser yields the same guest and one ballot", async () => {
    const f = await arrangeWorkshop();
    const proposal = await openProposal(f.facilitator.caller, f.debateId, {
      method: "consent",
      guestsMayVote: true,
    });
    const phone = browser();
    const first = await phone.call("guest.join", { code: f.code, displayName: "Phone" });
    expect(first).toMatchObject({ status: 200, setCookies: 1 });
    expect(first.body.result.data.json).toMatchObject({ as: "guest", resumed: false });
    const second = await phone.call("guest.join", { code: f.code, displayName: "Phone again" });
    expect(second).toMatchObject({ status: 200, setCookies: 0 });
    expect(second.body.result.data.json).toMatchObject({ as: "guest", resumed: true });
    const ballot = { method: "consent", choice: "agree" };
    for (let i = 0; i < 2; i++) {
      const cast = await phone.call("proposal.vote", {
        debateId: f.debateId,
        proposalId: proposal.id,
        ballot,
      });
      expect(cast.status).toBe(200);
    }
    // Arranged: Guest Grace; this browser: one more guest, however often it joins.
    expect(await testPrisma().guestGrant.count({ where: { debateId: f.debateId } })).toBe(2);
    expect(await testPrisma().ballot.count({ where: { proposalId: proposal.id } })).toBe(1);
  });
});
