import { defineConfig } from "prisma/config";

// Only `prisma generate` uses this file; migrations run through our own
// WebAssembly-engine command (src/cli/migrate.ts), see the README.
export default defineConfig({
  schema: "schema.prisma",
  migrations: { path: "migrations" },
});
