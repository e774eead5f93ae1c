// One entry point for "give me a PostgreSQL": DATABASE_URL when set,
// otherwise the embedded cluster with the named database created on demand.
import pg from "pg";
import { startEmbeddedCluster } from "./embedded/embedded-cluster.ts";
import { readDatabaseEnv } from "./env.ts";

export type DatabaseHandle = {
  url: string;
  embedded: boolean;
  /** Stops the embedded server if this process started it. */
  stop(): Promise<void>;
};

export async function openDatabase(
  options: { databaseName?: string; log?: (line: string) => void } = {},
): Promise<DatabaseHandle> {
  const env = readDatabaseEnv();
  if (env.databaseUrl) {
    return { url: env.databaseUrl, embedded: false, stop: async () => {} };
  }
  const cluster = await startEmbeddedCluster({
    dataRoot: env.dataDir,
    port: env.pgPort,
    portIsExplicit: env.pgPortIsExplicit,
    serverBinDir: env.serverBinDir,
    ...(options.log ? { log: options.log } : {}),
  });
  const databaseName = options.databaseName ?? env.databaseName;
  const base = `postgresql://${cluster.user}:${encodeURIComponent(cluster.password)}@${cluster.host}:${cluster.port}`;
  if (env.freshDatabase) await dropDatabase(`${base}/postgres`, databaseName);
  await ensureDatabaseExists(`${base}/postgres`, databaseName);
  return { url: `${base}/${databaseName}`, embedded: true, stop: cluster.stop };
}

async function ensureDatabaseExists(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name}"`).catch((error: { code?: string }) => {
        // Another process created it between our check and our CREATE.
        if (error.code !== "42P04" && error.code !== "23505") throw error;
      });
    }
  } finally {
    await client.end();
  }
}

/** Only for throwaway databases (end-to-end runs); never the app's own. */
async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  if (name === "steelman") throw new Error("STEELMAN_DB_FRESH refuses to drop the main database.");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
