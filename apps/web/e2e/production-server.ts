// Starts the production build the way a deployment runs it: plain `node` on
// the compiled API (apps/api/dist) and on Next.js's standalone server, with
// NODE_ENV=production, on ports and a database of its own.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

export type ProductionServer = { url: string; stop(): Promise<void> };

/** Builds what changed (Turborepo's cache reuses the build `npm start` made). */
export function buildProduction(): void {
  const build = spawnSync(
    join(root, "node_modules", ".bin", "turbo"),
    [
      "run",
      "build",
      "--filter=@steelman/api",
      "--filter=@steelman/web",
      "--output-logs=errors-only",
    ],
    { cwd: root, encoding: "utf8", env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" } },
  );
  if (build.status !== 0)
    throw new Error(`The production build failed:\n${build.stdout}${build.stderr}`);
}

/** `options.env` adds settings (e.g. SMTP_URL); `options.database` keeps a spec's data apart. */
export async function startProduction(
  ports: { web: number; api: number },
  options: { env?: Record<string, string>; database?: string } = {},
): Promise<ProductionServer> {
  const url = `http://127.0.0.1:${ports.web}`;
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
    APP_ORIGIN: url,
    API_HOST: "127.0.0.1",
    API_PORT: String(ports.api),
    API_INTERNAL_URL: `http://127.0.0.1:${ports.api}`,
    STEELMAN_DB_NAME: options.database ?? "steelman_e2e_production",
    STEELMAN_DB_FRESH: "true",
    STEELMAN_DEMO_SEED: "true",
    PORT: String(ports.web),
    HOSTNAME: "127.0.0.1",
    ...options.env,
  };
  const children: { name: string; child: ChildProcess; log: string[] }[] = [];
  const start = (name: string, args: string[], cwd: string) => {
    const child = spawn(process.execPath, args, { cwd, env, detached: true });
    const log: string[] = [];
    child.stdout?.on("data", (chunk: Buffer) => log.push(chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => log.push(chunk.toString()));
    children.push({ name, child, log });
  };
  const stop = async () => {
    await Promise.all(
      children.map(({ child }) => {
        if (child.exitCode !== null || child.signalCode !== null || !child.pid) {
          return Promise.resolve();
        }
        const exited = new Promise((resolve) => child.once("exit", resolve));
        // The API stops the embedded PostgreSQL only if it started it.
        process.kill(-child.pid, "SIGTERM");
        return exited;
      }),
    );
  };
  const waitFor = async (healthUrl: string) => {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      const stopped = children.find(({ child }) => child.exitCode !== null);
      if (stopped) break;
      if (
        await fetch(healthUrl).then(
          (response) => response.ok,
          () => false,
        )
      )
        return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const logs = children.map(({ name, log }) => `--- ${name}\n${log.join("")}`).join("\n");
    await stop();
    throw new Error(`The production server did not answer at ${healthUrl}:\n${logs}`);
  };

  // The compiled API imports the compiled @steelman/db through this condition.
  start("api", ["--conditions=steelman-dist", "dist/main.js"], join(root, "apps", "api"));
  await waitFor(`${env.API_INTERNAL_URL}/api/health`);
  start("web", [".next/standalone/apps/web/front/serve.mjs"], join(root, "apps", "web"));
  await waitFor(`${url}/api/health`);
  return { url, stop };
}
