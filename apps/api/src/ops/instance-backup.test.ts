// The operator's backup, end to end as the README tells it: an install runs
// (demo seeded), `npm run db:backup` dumps it with pg_dump, a fresh install
// is started once, `npm run db:restore` loads the dump into it with
// pg_restore, and the restored install answers every read the same, over
// HTTP, with the old session cookie still signed in.
//
// pg_dump must be at least the server's major version. The npm package's
// PostgreSQL 18 ships no pg_dump and Debian 12 offers only PostgreSQL 15, so
// both installs run their embedded cluster on the distribution's server
// binaries (STEELMAN_PG_SERVER_BIN) with its pg_dump/pg_restore
// (STEELMAN_PG_BIN): the same scripts and the same embedded start-up path,
// on an older major version. `.ci/run` installs Debian's `postgresql`.
import { type ChildProcess, execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_PASSWORD, DEMO_USERS } from "@steelman/db";
import { afterAll, describe, expect, inject, it } from "vitest";
import { freePort, repoRoot, runCommand, startApiProcess } from "../test/api-process.ts";
import { testPrisma } from "../test/harness.ts";
import { trpcMutation } from "../test/http-client.ts";

const TOOLS = ["initdb", "pg_ctl", "postgres", "pg_dump", "pg_restore"];
const hasTools = (dir: string) => TOOLS.every((tool) => existsSync(join(dir, tool)));

/** A distribution's PostgreSQL with server and client tools (the newest there is). */
function findDistributionPostgres(): string | null {
  if (process.env.STEELMAN_TEST_PG_BIN) return process.env.STEELMAN_TEST_PG_BIN;
  const root = "/usr/lib/postgresql";
  const majors = existsSync(root) ? readdirSync(root).filter((name) => /^\d+$/.test(name)) : [];
  const dirs = majors
    .sort((a, b) => Number(b) - Number(a))
    .map((major) => join(root, major, "bin"));
  return dirs.find(hasTools) ?? null;
}

const PG_BIN = findDistributionPostgres();
const PG_BIN_DIR = PG_BIN ?? "";
const PG_BIN_MAJOR =
  PG_BIN && hasTools(PG_BIN)
    ? Number(
        /(\d+)\.\d+/.exec(
          execFileSync(join(PG_BIN, "pg_dump"), ["--version"], { encoding: "utf8" }),
        )?.[1],
      )
    : 0;
if (!PG_BIN || !hasTools(PG_BIN)) {
  console.warn(
    "[backup test] skipped: no PostgreSQL server and client tools under /usr/lib/postgresql (apt-get install -y postgresql, or set STEELMAN_TEST_PG_BIN).",
  );
}

const scratch = mkdtempSync(join(tmpdir(), "steelman-backup-"));
// Reachable by the `postgres` user the server runs as under root, so the
// clusters stay in here (and go with it) instead of moving to /var/lib.
chmodSync(scratch, 0o755);
const running = new Set<ChildProcess>();
afterAll(async () => {
  for (const child of running) child.kill("SIGTERM");
  rmSync(scratch, { recursive: true, force: true });
});

/** One install: its own data folder and port, run on PostgreSQL 15's binaries. */
async function installEnv(name: string): Promise<NodeJS.ProcessEnv> {
  const {
    DATABASE_URL: _url,
    DATABASE_HOST: _host,
    STEELMAN_DB_NAME: _name,
    STEELMAN_DB_FRESH: _fresh,
    ...inherited
  } = process.env;
  return {
    ...inherited,
    STEELMAN_DATA_DIR: join(scratch, name),
    STEELMAN_PG_PORT: String(await freePort()),
    STEELMAN_PG_SERVER_BIN: PG_BIN_DIR,
    STEELMAN_PG_BIN: PG_BIN_DIR,
  };
}

const ada = DEMO_USERS[0].email;

async function query(url: string, cookie: string, path: string, input: unknown) {
  const encoded = encodeURIComponent(JSON.stringify({ json: input }));
  const response = await fetch(`${url}/trpc/${path}?input=${encoded}`, { headers: { cookie } });
  expect(response.status, `${path} answered ${response.status}`).toBe(200);
  return withoutClock(await response.json());
}

/** Everything but the server's clock, which moves between two reads. */
function withoutClock(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutClock);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== "serverNow")
        .map(([key, inner]) => [key, withoutClock(inner)]),
    );
  }
  return value;
}

type Listed = { result: { data: { json: { id: string }[] } } };

/** What a member reads of the whole demo: debates, each whole, its past, the decision log. */
async function readEverything(url: string, cookie: string) {
  const workspaces = (await query(url, cookie, "workspace.list", undefined)) as Listed;
  const reads: unknown[] = [workspaces];
  for (const { id: workspaceId } of workspaces.result.data.json) {
    const debates = (await query(url, cookie, "debate.list", { workspaceId })) as Listed;
    reads.push(debates, await query(url, cookie, "decision.log", { workspaceId }));
    for (const { id: debateId } of debates.result.data.json) {
      const timeline = (await query(url, cookie, "debate.timeline", { debateId })) as Listed;
      const moments = timeline.result.data.json;
      // Time travel too: the row history is part of the instance.
      const middle = moments[Math.floor(moments.length / 2)]?.id;
      reads.push(timeline, await query(url, cookie, "debate.get", { debateId }));
      if (middle) reads.push(await query(url, cookie, "debate.get", { debateId, asOf: middle }));
    }
  }
  return reads;
}

describe.skipIf(!PG_BIN || !hasTools(PG_BIN))("operator backup with pg_dump and pg_restore", () => {
  it("restores a whole instance into a fresh install that reads the same", async () => {
    const original = await installEnv("original");
    const first = await startApiProcess(original, { seedDemo: true }, running);
    const signIn = await trpcMutation(first.url, "auth.signIn", {
      email: ada,
      password: DEMO_PASSWORD,
    });
    const cookie = signIn.headers.getSetCookie()[0]?.split(";")[0] ?? "";
    expect(cookie).toMatch(/=/);
    const before = await readEverything(first.url, cookie);
    // The demo's decisions and past moments are among what is compared.
    expect(JSON.stringify(before)).toContain('"outcome"');
    expect(before.length).toBeGreaterThan(8);
    await first.stop();

    const dump = join(scratch, "instance.dump");
    const backup = await runCommand("npm", ["run", "db:backup", "--", dump], original, repoRoot);
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toContain(`Backed up the database to ${dump}`);

    // A fresh install, started once (migrated, its own demo seeded), then stopped.
    const fresh = await installEnv("fresh");
    await (await startApiProcess(fresh, { seedDemo: true }, running)).stop();
    const restore = await runCommand("npm", ["run", "db:restore", "--", dump], fresh, repoRoot);
    expect(restore.code, restore.output).toBe(0);

    const restored = await startApiProcess(fresh, { seedDemo: true }, running);
    // The old session is part of the instance: the same cookie is signed in.
    expect(await readEverything(restored.url, cookie)).toEqual(before);
    await restored.stop();
  }, 420_000);

  it("refuses client tools older than the server, saying what to install", async () => {
    const env = { ...(await installEnv("unused")), DATABASE_URL: inject("databaseUrl") };
    const [version] = await testPrisma().$queryRaw<
      { v: string }[]
    >`SELECT current_setting('server_version_num') AS v`;
    const serverMajor = Math.floor(Number(version?.v) / 10_000);
    if (!(serverMajor > PG_BIN_MAJOR)) return; // the test database is not newer than the tools
    const backup = await runCommand(
      "npm",
      ["run", "db:backup", "--", join(scratch, "refused.dump")],
      env,
      repoRoot,
    );
    expect(backup.code).not.toBe(0);
    expect(backup.output).toContain(
      `pg_dump is version ${PG_BIN_MAJOR} but the server is PostgreSQL ${serverMajor}: install PostgreSQL ${serverMajor}'s client tools`,
    );
    expect(existsSync(join(scratch, "refused.dump"))).toBe(false);
  }, 120_000);
});
