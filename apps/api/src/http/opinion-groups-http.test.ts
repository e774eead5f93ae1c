// debate.opinionGroups over real HTTP with the cookie guest.join sets: the
// guest is refused until the facilitator opens the groups to guests, and the
// answer then names nobody, the guest included.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueIp } from "../test/assertions.ts";
import { testEnv } from "../test/harness.ts";
import { startTestServer } from "../test/http-server.ts";
import { arrangeTwoCamps } from "../test/opinion-group-fixtures.ts";

const APP_ORIGIN = "http://localhost:3000";
let url = "";
let server: FastifyInstance | undefined;

beforeAll(async () => {
  ({ url, server } = await startTestServer({ ...testEnv, trustProxy: "loopback" }));
});
afterAll(async () => {
  await server?.close();
});

describe("debate.opinionGroups over HTTP", () => {
  it("refuses a guest's cookie until the facilitator allows, then shows groups without ids", async () => {
    const room = await arrangeTwoCamps();
    const ip = uniqueIp();
    const joined = await fetch(`${url}/trpc/guest.join`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: APP_ORIGIN, "x-forwarded-for": ip },
      body: JSON.stringify({ json: { code: room.code, displayName: "Hana" } }),
    });
    expect(joined.status).toBe(200);
    const cookie = joined.headers.getSetCookie()[0]?.split(";")[0] ?? "";
    expect(cookie).not.toBe("");
    const read = async () => {
      const input = encodeURIComponent(JSON.stringify({ json: { debateId: room.debateId } }));
      const response = await fetch(`${url}/trpc/debate.opinionGroups?input=${input}`, {
        headers: { cookie, "x-forwarded-for": ip },
      });
      return { status: response.status, text: await response.text() };
    };

    const refused = await read();
    expect(refused.status).toBe(403);
    expect(refused.text).toContain(
      "The facilitator has not opened this debate's opinion groups to guests.",
    );

    await room.facilitator.caller.debate.update({ debateId: room.debateId, guestsSeeGroups: true });
    const allowed = await read();
    expect(allowed.status).toBe(200);
    const view = JSON.parse(allowed.text).result.data.json;
    expect(view.groups.map((g: { size: number }) => g.size)).toEqual([4, 4]);
    expect(view.myGroup).toBeNull();
    for (const id of [room.member.user.id, room.facilitator.user.id, room.guest.userId])
      expect(allowed.text).not.toContain(id);
  });
});
