import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit tests of the web's pure helpers (no browser, no server); journeys are Playwright's.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  test: { include: ["src/**/*.test.ts", "front/**/*.test.mjs"], environment: "node" },
});
