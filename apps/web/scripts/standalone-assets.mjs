#!/usr/bin/env node
// After `next build`: the standalone server serves /_next/static and public/
// only from its own folder, and Next.js leaves copying them to us; front/ is
// our server entry (front/serve.mjs), which Next's file tracing cannot see.
import { cpSync, existsSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const webDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const serverDir = join(webDir, ".next", "standalone", "apps", "web");
if (!existsSync(join(serverDir, "server.js"))) {
  console.error(`[build] No standalone server at ${serverDir}; is output: "standalone" set?`);
  process.exit(1);
}
for (const [from, to] of [
  [join(webDir, ".next", "static"), join(serverDir, ".next", "static")],
  [join(webDir, "public"), join(serverDir, "public")],
  [join(webDir, "front"), join(serverDir, "front")],
]) {
  if (!existsSync(from)) continue;
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true, filter: (path) => !path.includes(".test.") });
}
