// The production path: build, then run the output with plain `node` as a
// deployment does (not through the start script), and use it over HTTP.
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, openSeededDebate } from "./demo-debate";
import { buildProduction, type ProductionServer, startProduction } from "./production-server";

// Ports of its own, next to the suite's (which the start script occupies).
const ports = {
  web: Number(process.env.E2E_PRODUCTION_PORT ?? Number(process.env.E2E_PORT ?? "3100") + 8),
  api: Number(
    process.env.E2E_PRODUCTION_API_PORT ?? Number(process.env.E2E_API_PORT ?? "3101") + 8,
  ),
};
const baseURL = `http://127.0.0.1:${ports.web}`;

test.describe.configure({ mode: "serial" });
test.use({ baseURL });

let server: ProductionServer | undefined;
test.beforeAll(async () => {
  test.setTimeout(600_000);
  buildProduction();
  server = await startProduction(ports);
});
test.afterAll(async () => {
  test.setTimeout(30_000);
  await server?.stop();
});

test("the production build answers its health check through the web origin", async ({
  request,
}) => {
  const response = await request.get("/api/health");
  expect(response.ok()).toBe(true);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});

test("the production build signs a demo person in and shows the seeded debate", async ({
  page,
}) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("ada@demo.steelman.test");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/workspaces$/);
  await openSeededDebate(page);
});
