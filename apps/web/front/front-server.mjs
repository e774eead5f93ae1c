// @ts-check
import { createServer } from "node:http";
import { forwardToApi, isApiPath } from "./api-forwarding.mjs";
import { forwardedForHeader } from "./forwarded-for.mjs";

/**
 * The HTTP server in front of Next.js: API paths to the API, everything else
 * to `handlePage`, each request carrying the X-Forwarded-For this server decided.
 * @param {{
 *   apiUrl: URL,
 *   trusted: (peer: string) => boolean,
 *   handlePage: (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => unknown,
 * }} options
 */
export function createFrontServer({ apiUrl, trusted, handlePage }) {
  const server = createServer((req, res) => {
    req.headers["x-forwarded-for"] = forwardedForHeader(
      req.headers["x-forwarded-for"],
      req.socket.remoteAddress,
      trusted,
    );
    if (isApiPath(req.url ?? "/")) {
      forwardToApi(req, res, apiUrl);
      return;
    }
    void handlePage(req, res);
  });
  // Longer than a load balancer's usual idle timeout, so it closes first.
  server.keepAliveTimeout = 65_000;
  return server;
}
