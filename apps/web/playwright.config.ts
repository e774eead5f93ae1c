import { defineConfig, devices } from "@playwright/test";

// Override to run beside another suite (each run gets its own ports and database).
const PORT = process.env.E2E_PORT ?? "3100";
const API_PORT = process.env.E2E_API_PORT ?? "3101";
// E2E_BASE_URL points the specs at a server that is already running (no server is started).
const externalBaseURL = process.env.E2E_BASE_URL;
const baseURL = externalBaseURL ?? `http://localhost:${PORT}`;

// Environment for the start script: the parent's, minus unset values, plus this run's ports and database.
const inherited = Object.fromEntries(
  Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
);

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        headless: true,
        launchOptions: {
          executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: externalBaseURL
    ? undefined
    : {
        command: "node ../../scripts/start.mjs",
        url: `${baseURL}/api/health`,
        timeout: 300_000,
        reuseExistingServer: !process.env.CI,
        stdout: "pipe",
        stderr: "pipe",
        // Let the start script stop the embedded PostgreSQL cleanly.
        gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
        env: {
          ...inherited,
          NEXT_TELEMETRY_DISABLED: "1",
          PORT,
          API_PORT,
          STEELMAN_DB_NAME: "steelman_e2e",
          // A fresh database (and demo seed) every run: runs do not depend on each other.
          STEELMAN_DB_FRESH: "true",
          STEELMAN_DEMO_SEED: "true",
          API_INTERNAL_URL: `http://127.0.0.1:${API_PORT}`,
          APP_ORIGIN: baseURL,
        },
      },
});
