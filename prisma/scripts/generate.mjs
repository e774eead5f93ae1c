// Runs `prisma generate` offline. The Prisma 7.10 CLI looks for the native
// schema engine before it uses its bundled WebAssembly, and that binary cannot
// be downloaded here; a placeholder path satisfies the check (it is never run).
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const placeholderDir = join(tmpdir(), "steelman-prisma");
const placeholder = join(placeholderDir, "schema-engine-placeholder");
if (!existsSync(placeholder)) {
  mkdirSync(placeholderDir, { recursive: true });
  writeFileSync(
    placeholder,
    "#!/bin/sh\necho 'placeholder: migrations run through npm run db:migrate' >&2\nexit 1\n",
  );
  chmodSync(placeholder, 0o755);
}
const result = spawnSync("npx", ["prisma", "generate", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? placeholder,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
