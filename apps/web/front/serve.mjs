// @ts-check
// The production web server: Next.js's standalone build behind a small front
// that (1) forwards /trpc and /api to the API itself, so no Next.js rewrite
// header ever shows the API's internal address, and (2) sets X-Forwarded-For
// from the TCP peer, which only this process sees (see forwarded-for.mjs).
// Pages go to Next.js through its documented custom-server API.
// Run from the standalone folder: node .next/standalone/apps/web/front/serve.mjs
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileTrustedProxies } from "./forwarded-for.mjs";
import { createFrontServer } from "./front-server.mjs";

const appDir = join(dirname(fileURLToPath(import.meta.url)), "..");
process.env.NODE_ENV = "production";
process.chdir(appDir);

const port = Number.parseInt(process.env.PORT ?? "3000", 10);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const apiUrl = new URL(process.env.API_INTERNAL_URL ?? "http://127.0.0.1:3001");
const trusted = compileTrustedProxies(process.env.WEB_TRUST_PROXY);

// The build's resolved configuration, as Next's own standalone server.js uses it.
const { config } = JSON.parse(
  readFileSync(join(appDir, ".next", "required-server-files.json"), "utf8"),
);
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
const next = createRequire(import.meta.url)("next");
const app = next({ dev: false, dir: appDir, hostname, port, conf: config });
const handlePage = app.getRequestHandler();
await app.prepare();

const server = createFrontServer({ apiUrl, trusted, handlePage });
server.listen(port, hostname, () => {
  const host = hostname.includes(":") ? `[${hostname}]` : hostname;
  console.log(`[web] Listening on http://${host}:${port}`);
});
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    // Live streams never end by themselves; cut them rather than wait.
    server.closeAllConnections();
  });
}
