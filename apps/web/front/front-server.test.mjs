// @ts-check
// The front server over real HTTP: a real upstream server plays the API.
import { once } from "node:events";
import { createServer } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { compileTrustedProxies } from "./forwarded-for.mjs";
import { createFrontServer } from "./front-server.mjs";

/** @type {import("node:http").Server[]} */
const servers = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

/** @param {import("node:http").Server} server */
async function listen(server) {
  servers.push(server);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return `http://127.0.0.1:${address.port}`;
}

/** An API that answers with what it received, or streams two events. */
async function startEchoApi() {
  return listen(
    createServer((req, res) => {
      if (req.url?.startsWith("/api/stream")) {
        res.writeHead(200, { "content-type": "text/event-stream" });
        res.write("data: first\n\n");
        return; // stays open, as a live stream does
      }
      res.writeHead(201, { "content-type": "application/json", "x-api": "yes" });
      res.end(
        JSON.stringify({ url: req.url, forwardedFor: req.headers["x-forwarded-for"] ?? null }),
      );
    }),
  );
}

/** @param {string} apiUrl @param {string} [trust] */
async function startFront(apiUrl, trust) {
  return listen(
    createFrontServer({
      apiUrl: new URL(apiUrl),
      trusted: compileTrustedProxies(trust),
      handlePage: (_req, res) => res.end("page"),
    }),
  );
}

describe("the web server's front", () => {
  it("sends the API the caller's own address, not the one the caller claims", async () => {
    const front = await startFront(await startEchoApi());
    const response = await fetch(`${front}/trpc/debate.get?input=1`, {
      headers: { "x-forwarded-for": "198.51.100.7" },
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({
      url: "/trpc/debate.get?input=1",
      forwardedFor: "127.0.0.1",
    });
  });

  it("keeps the chain a trusted reverse proxy sent, adding that proxy", async () => {
    const front = await startFront(await startEchoApi(), "loopback");
    const response = await fetch(`${front}/api/health`, {
      headers: { "x-forwarded-for": "198.51.100.7" },
    });
    const echoed = /** @type {{ forwardedFor: string }} */ (await response.json());
    expect(echoed.forwardedFor).toBe("198.51.100.7, 127.0.0.1");
  });

  it("passes the API's answer on without naming where the API lives", async () => {
    const api = await startEchoApi();
    const front = await startFront(api);
    const response = await fetch(`${front}/api/health`);
    expect(response.headers.get("x-api")).toBe("yes");
    const headers = JSON.stringify([...response.headers]);
    expect(headers).not.toContain(new URL(api).port);
    expect(headers).not.toContain("x-middleware");
  });

  it("streams live events as they come, before the stream ends", async () => {
    const front = await startFront(await startEchoApi());
    const controller = new AbortController();
    const response = await fetch(`${front}/api/stream`, { signal: controller.signal });
    const reader = response.body?.getReader();
    const first = await reader?.read();
    expect(new TextDecoder().decode(first?.value)).toBe("data: first\n\n");
    controller.abort();
  });

  it("answers 503 with a reason code when the API is down", async () => {
    const closed = await listen(createServer());
    servers.pop()?.close();
    const front = await startFront(closed);
    const response = await fetch(`${front}/trpc/auth.me`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "error", reason: "api-unreachable" });
  });

  it("gives every other path to the page handler", async () => {
    const front = await startFront(await startEchoApi());
    expect(await (await fetch(`${front}/w/demo`)).text()).toBe("page");
    expect(await (await fetch(`${front}/apiary`)).text()).toBe("page");
  });
});
