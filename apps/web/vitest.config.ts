import { defineConfig } from "vitest/config";

// Unit tests for the web's pure helpers; end-to-end specs (e2e/) run under Playwright.
export default defineConfig({
  test: { include: ["src/**/*.test.ts"], environment: "node" },
});
