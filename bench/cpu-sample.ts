/**
 * CPU spent between two samples, in ms: this process's own (user + system)
 * and PostgreSQL's, summed over every process named `postgres` in /proc (its
 * backends, on Linux; elsewhere PostgreSQL's share reads null). Counts every
 * PostgreSQL on the machine, so run nothing else against one meanwhile.
 */
import { readdirSync, readFileSync } from "node:fs";

const TICK_MS = 10; // USER_HZ is 100 on Linux

function postgresMs(): number | null {
  let ticks = 0;
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      if (!stat.includes("(postgres)")) continue;
      // Fields after the command's closing parenthesis; utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return ticks * TICK_MS;
}

export type CpuSample = { own: NodeJS.CpuUsage; postgres: number | null };

export const sampleCpu = (): CpuSample => ({ own: process.cpuUsage(), postgres: postgresMs() });

/** CPU ms since `start`: this process's and PostgreSQL's (null where it cannot be read). */
export function cpuSince(start: CpuSample): { ownMs: number; postgresMs: number | null } {
  const own = process.cpuUsage(start.own);
  const postgres = postgresMs();
  return {
    ownMs: (own.user + own.system) / 1000,
    postgresMs: postgres === null || start.postgres === null ? null : postgres - start.postgres,
  };
}
