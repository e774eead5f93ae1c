// The API as its own process (`tsx src/main.ts`), for tests that need what
// only a real start does: the embedded database's start-up, migrations, the
// demo seed, shutdown. Also runs the project's npm scripts as a user would.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const apiDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const repoRoot = join(apiDir, "..", "..");

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export type ApiProcess = { url: string; stop(): Promise<void> };

/** Starts `src/main.ts` with `env` and waits until /api/health answers (3 minutes at most). */
export async function startApiProcess(
  env: NodeJS.ProcessEnv,
  options: { seedDemo: boolean },
  running: Set<ChildProcess>,
): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(join(repoRoot, "node_modules", ".bin", "tsx"), ["src/main.ts"], {
    cwd: apiDir,
    env: {
      ...env,
      API_PORT: String(port),
      NODE_ENV: "test",
      STEELMAN_DEMO_SEED: String(options.seedDemo),
      APP_ORIGIN: "http://localhost:3000",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    child.kill("SIGTERM"); // main.ts closes the server and stops the cluster it started
    await exited;
    running.delete(child);
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline && child.exitCode === null) {
    const healthy = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`The API did not start:\n${output}`);
}

/** Runs a command to its end; resolves with its exit code and its output, both streams. */
export function runCommand(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}
