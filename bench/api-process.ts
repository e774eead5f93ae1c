/**
 * Starting API instances in processes of their own (api-instance.ts) and
 * asking them for their CPU time and query counts: shared by the benches
 * that measure the server, so that the load generator's own CPU (fetch,
 * stream parsing) is not counted as the server's.
 */
import { type ChildProcess, fork } from "node:child_process";

export type InstanceStats = { cpu: NodeJS.CpuUsage; queries: number; streams: number };
export type ApiInstance = { child: ChildProcess; url: string };

/** Forks one API instance on DATABASE_URL; `profileDir` writes its CPU profile there; `env` adds to its environment. */
export function startApiInstance(
  databaseUrl: string,
  profileDir?: string,
  env: Record<string, string> = {},
): Promise<ApiInstance> {
  const child = fork(new URL("./api-instance.ts", import.meta.url), {
    env: { ...process.env, ...env, DATABASE_URL: databaseUrl },
    execArgv: [
      "--import",
      "tsx",
      ...(profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []),
    ],
  });
  return new Promise((resolve, reject) => {
    child.once("message", (message) => resolve({ child, url: (message as { url: string }).url }));
    child.once("exit", (code) => reject(new Error(`an API instance exited (${code})`)));
  });
}

export function instanceStats(instance: ApiInstance): Promise<InstanceStats> {
  return new Promise((resolve) => {
    instance.child.once("message", (message) => resolve(message as InstanceStats));
    instance.child.send("stats");
  });
}

/** Asks the instance to close its server and exit; resolves once it has. */
export function stopApiInstance(instance: ApiInstance): Promise<void> {
  return new Promise((resolve) => {
    instance.child.once("exit", () => resolve());
    instance.child.send("stop");
  });
}

/** CPU time between two stats readings, as a share of one core over `seconds`. */
export function cpuShare(before: InstanceStats, after: InstanceStats, seconds: number): number {
  const used = after.cpu.user - before.cpu.user + (after.cpu.system - before.cpu.system);
  return used / 1e6 / seconds;
}
