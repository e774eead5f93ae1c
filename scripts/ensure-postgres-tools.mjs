#!/usr/bin/env node
// Runs before the unit and integration tests: the operator-backup test
// (apps/api/src/ops/instance-backup.test.ts) needs a PostgreSQL with its own
// pg_dump, which the embedded npm package does not ship. When the
// distribution's is missing and we may install it (root, apt-get), Debian's
// `postgresql` package is installed; otherwise that one test says it is
// skipped, and the rest run.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { aptInstall, whyAptUnavailable } from "./apt-install.mjs";

const ROOT = "/usr/lib/postgresql";
const TOOLS = ["initdb", "pg_ctl", "postgres", "pg_dump", "pg_restore"];
const hasServerAndTools = () =>
  existsSync(ROOT) &&
  readdirSync(ROOT).some((major) =>
    TOOLS.every((tool) => existsSync(join(ROOT, major, "bin", tool))),
  );

if (process.env.STEELMAN_TEST_PG_BIN || hasServerAndTools()) process.exit(0);
const unavailable = whyAptUnavailable();
if (unavailable) {
  console.warn(
    `[test] No PostgreSQL server tools in ${ROOT} and ${unavailable}: the operator-backup test will be skipped (sudo apt-get install -y postgresql to run it).`,
  );
  process.exit(0);
}
console.log(
  `[test] No PostgreSQL server tools in ${ROOT}; installing Debian's postgresql package…`,
);
const failed = aptInstall(["postgresql"]);
if (failed) console.warn(`[test] \`${failed}\` failed: the operator-backup test will be skipped.`);
