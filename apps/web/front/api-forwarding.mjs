// @ts-check
// Forwards /trpc and /api to the API, streaming both ways (live updates are
// Server-Sent Events), without telling the caller where the API lives.
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";

/** Headers that describe one connection, never passed on (RFC 9110, 7.6.1). */
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
]);

/** @param {string} pathname */
export function isApiPath(pathname) {
  return /^\/(trpc|api)(\/|$|\?)/.test(pathname);
}

/** @param {import("node:http").IncomingHttpHeaders} headers */
function endToEndHeaders(headers) {
  /** @type {import("node:http").OutgoingHttpHeaders} */
  const kept = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) kept[name] = value;
  }
  return kept;
}

/**
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {URL} apiUrl
 */
export function forwardToApi(req, res, apiUrl) {
  const target = new URL(req.url ?? "/", apiUrl);
  const send = target.protocol === "https:" ? httpsRequest : httpRequest;
  const upstream = send(target, { method: req.method, headers: endToEndHeaders(req.headers) });
  upstream.on("response", (answer) => {
    res.writeHead(answer.statusCode ?? 502, endToEndHeaders(answer.headers));
    answer.pipe(res);
  });
  upstream.on("error", (error) => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    console.error(
      `[web] The API did not answer ${req.method} ${target.pathname}: ${error.message}`,
    );
    res.writeHead(503, { "content-type": "application/json", "retry-after": "5" });
    res.end(JSON.stringify({ status: "error", reason: "api-unreachable" }));
  });
  // A closed tab ends its stream at the API too.
  res.on("close", () => {
    if (!res.writableFinished) upstream.destroy();
  });
  req.pipe(upstream);
}
