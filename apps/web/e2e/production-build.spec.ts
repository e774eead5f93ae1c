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
  expect(await response.json()).toEqual({ status: "ok", db: "ok", events: "listening" });
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

test("the web origin names the API by neither header nor error, and sends it the caller's real address", async ({
  request,
}) => {
  const health = await request.get("/api/health");
  for (const name of Object.keys(health.headers())) {
    expect(name).not.toMatch(/^x-middleware/);
  }
  expect(JSON.stringify(health.headers())).not.toContain(`:${ports.api}`);

  // A caller who writes its own X-Forwarded-For on each attempt must still be
  // counted as one address: the per-address sign-in limit (30 failures per
  // 15 minutes) stops it, whatever address it claims.
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 31; attempt += 1) {
    const response = await request.post("/trpc/auth.signIn", {
      headers: {
        origin: baseURL,
        "content-type": "application/json",
        "x-forwarded-for": `198.51.100.${attempt + 1}`,
      },
      data: { json: { email: `nobody-${attempt}@example.test`, password: "wrong-password" } },
    });
    statuses.push(response.status());
  }
  expect(statuses.slice(0, 30).every((status) => status === 401)).toBe(true);
  expect(statuses[30]).toBe(429);
});
