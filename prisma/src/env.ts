// The database package's configuration; the only place it reads process.env.
import { join } from "node:path";
import { projectRoot } from "./paths.ts";

export type DatabaseEnv = {
  /** An external PostgreSQL; when unset the embedded one is used. */
  databaseUrl: string | undefined;
  /** Folder of the embedded cluster (git-ignored). */
  dataDir: string;
  pgPort: number;
  pgPortIsExplicit: boolean;
  /** Database name inside the embedded cluster (tests use their own). */
  databaseName: string;
  /** Drop and recreate the embedded database on start (end-to-end runs). */
  freshDatabase: boolean;
  /**
   * Another PostgreSQL's server binaries (initdb, pg_ctl, postgres) for the
   * embedded cluster instead of the npm package's, e.g. a distribution's
   * /usr/lib/postgresql/15/bin whose pg_dump matches it.
   */
  serverBinDir: string | undefined;
};

/**
 * An external PostgreSQL's URL from its parts (DATABASE_HOST, DATABASE_PORT,
 * DATABASE_USER, DATABASE_PASSWORD, DATABASE_NAME), each URL-encoded, so a
 * password with "@", "/" or ":" works; undefined when DATABASE_HOST is unset.
 */
export function databaseUrlFromParts(env: NodeJS.ProcessEnv): string | undefined {
  const host = env.DATABASE_HOST?.trim();
  if (!host) return undefined;
  const port = env.DATABASE_PORT?.trim() || "5432";
  if (!/^\d{1,5}$/.test(port)) throw new Error(`DATABASE_PORT must be a TCP port, got "${port}"`);
  const user = encodeURIComponent(env.DATABASE_USER ?? "steelman");
  const password = env.DATABASE_PASSWORD ? `:${encodeURIComponent(env.DATABASE_PASSWORD)}` : "";
  const name = encodeURIComponent(env.DATABASE_NAME ?? "steelman");
  return `postgresql://${user}${password}@${encodeURIComponent(host)}:${port}/${name}`;
}

export function readDatabaseEnv(env: NodeJS.ProcessEnv = process.env): DatabaseEnv {
  const port = Number(env.STEELMAN_PG_PORT ?? "54329");
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`STEELMAN_PG_PORT must be a TCP port, got "${env.STEELMAN_PG_PORT}"`);
  }
  const databaseName = env.STEELMAN_DB_NAME ?? "steelman";
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(databaseName)) {
    throw new Error(`STEELMAN_DB_NAME must be a lower-case identifier, got "${databaseName}"`);
  }
  return {
    databaseUrl: env.DATABASE_URL || databaseUrlFromParts(env),
    dataDir: env.STEELMAN_DATA_DIR ?? join(projectRoot, ".data"),
    pgPort: port,
    pgPortIsExplicit: env.STEELMAN_PG_PORT !== undefined,
    databaseName,
    freshDatabase: env.STEELMAN_DB_FRESH === "true",
    serverBinDir: env.STEELMAN_PG_SERVER_BIN || undefined,
  };
}
