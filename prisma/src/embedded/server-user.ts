// PostgreSQL refuses to run as root. When we are root, the embedded server
// runs as the `postgres` system user, which must be able to reach both its
// binaries and its data folder.
import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import { dirname } from "node:path";

export type ServerUser = { uid: number; gid: number; name: string } | null;

const SERVER_USER_NAME = "postgres";

/** The account the server runs as; null means "the current user". */
export function resolveServerUser(): ServerUser {
  if (process.getuid?.() !== 0) return null;
  const lookup = () => {
    const uid = Number(execFileSync("id", ["-u", SERVER_USER_NAME], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", SERVER_USER_NAME], { encoding: "utf8" }).trim());
    return { uid, gid, name: SERVER_USER_NAME };
  };
  try {
    return lookup();
  } catch {
    execFileSync(
      "useradd",
      [
        "--system",
        "--user-group",
        "--no-create-home",
        "--shell",
        "/usr/sbin/nologin",
        SERVER_USER_NAME,
      ],
      { stdio: "ignore" },
    );
    return lookup();
  }
}

/** Whether `user` can traverse every folder from / down to `path`. */
export function isReachableBy(user: ServerUser, path: string): boolean {
  if (user === null) return true;
  let current = path;
  for (;;) {
    let mode: number;
    let owner: number;
    let group: number;
    try {
      const stats = statSync(current);
      mode = stats.mode;
      owner = stats.uid;
      group = stats.gid;
    } catch {
      // Not created yet: what matters is its existing parent.
      const parent = dirname(current);
      if (parent === current) return true;
      current = parent;
      continue;
    }
    const canTraverse =
      owner === user.uid
        ? (mode & 0o100) !== 0
        : group === user.gid
          ? (mode & 0o010) !== 0
          : (mode & 0o001) !== 0;
    if (!canTraverse) return false;
    const parent = dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}
