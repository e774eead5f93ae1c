#!/usr/bin/env node
// `npm start`: builds the API (to JavaScript) and the web app (a Next.js
// standalone server) when their inputs changed — Turborepo's cache decides —
// then runs both with plain `node`, as production does. `npm run dev` runs
// the TypeScript sources with tsx and `next dev` instead. The API starts the
// database, migrates and seeds; each process has its own process group so
// that stopping this script stops everything.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

// An old Node.js fails later in obscure ways; say so plainly first.
const minimumNode = JSON.parse(
  readFileSync(join(root, "package.json"), "utf8"),
).engines.node.replace(/^>=/, "");
function isOlder(version, minimum) {
  const [have, need] = [version, minimum].map((text) => text.split(".").map(Number));
  for (let index = 0; index < 3; index++) {
    const [mine, required] = [have[index] ?? 0, need[index] ?? 0];
    if (mine !== required) return mine < required;
  }
  return false;
}
if (isOlder(process.versions.node, minimumNode)) {
  console.error(
    `[start] Steelman needs Node.js ${minimumNode} or newer; this is ${process.version}. Install a current Node.js LTS and try again.`,
  );
  process.exit(1);
}
const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const apiPort = process.env.API_PORT ?? "3001";
const env = {
  ...process.env,
  PORT: port,
  API_PORT: apiPort,
  API_INTERNAL_URL: process.env.API_INTERNAL_URL ?? `http://127.0.0.1:${apiPort}`,
  APP_ORIGIN: process.env.APP_ORIGIN ?? `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
  TURBO_TELEMETRY_DISABLED: "1",
  NODE_ENV: dev ? "development" : "production",
  // The API seeds demo accounts in production only when asked explicitly. This
  // launcher asks for the embedded database alone (a local trial); pointed at
  // an external database it does not, unless STEELMAN_DEMO_SEED says so.
  STEELMAN_DEMO_SEED:
    process.env.STEELMAN_DEMO_SEED ??
    (process.env.DATABASE_URL || process.env.DATABASE_HOST ? "false" : "true"),
};
const bin = (name) => join(root, "node_modules", ".bin", name);

if (!dev) {
  console.log("[start] Building the API and the web app (skipped when nothing changed)…");
  const build = spawnSync(
    bin("turbo"),
    [
      "run",
      "build",
      "--filter=@steelman/api",
      "--filter=@steelman/web",
      "--output-logs=errors-only",
    ],
    {
      cwd: root,
      env,
      stdio: "inherit",
    },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const children = [];
function run(name, command, args, cwd) {
  const child = spawn(command, args, { cwd, env, stdio: "inherit", detached: true });
  children.push(child);
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`[start] ${name} stopped (${signal ?? `exit ${code}`}); stopping the rest.`);
      stop(code ?? 1);
    }
  });
  return child;
}

async function waitForApi(url) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline && !stopping) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (!stopping)
    console.error(`[start] The API did not answer at ${url}; starting the web server anyway.`);
}

let stopping = false;
function stop(exitCode) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
  }
  // The API stops the embedded PostgreSQL on SIGTERM; give it time.
  const deadline = setTimeout(() => {
    for (const child of children) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {}
    }
    process.exit(exitCode);
  }, 15_000);
  Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) resolve();
          else child.once("exit", resolve);
        }),
    ),
  ).then(() => {
    clearTimeout(deadline);
    process.exit(exitCode);
  });
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

const apiDir = join(root, "apps", "api");
const webDir = join(root, "apps", "web");
if (dev) run("API", bin("tsx"), ["watch", "src/main.ts"], apiDir);
// The compiled API imports the compiled @steelman/db through this condition.
else run("API", process.execPath, ["--conditions=steelman-dist", "dist/main.js"], apiDir);
// The web server only forwards to the API: start it once the API answers
// (the first start initialises the database, which takes a few seconds).
await waitForApi(`${env.API_INTERNAL_URL}/api/health`);
const webHost = process.env.WEB_HOST ?? "::";
if (dev) run("web", bin("next"), ["dev", "-H", webHost, "-p", port], webDir);
else {
  // The standalone server reads its address from HOSTNAME and PORT.
  env.HOSTNAME = webHost;
  run("web", process.execPath, [".next/standalone/apps/web/front/serve.mjs"], webDir);
}
console.log(`[start] Steelman: http://localhost:${port}`);
