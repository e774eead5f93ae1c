// A debate page loaded in full (not reached by a link) starts its read from
// an inline script before the page's scripts run, and the page uses that
// answer: one read of the debate per load, packed, under the page's CSP,
// with no error in the console (no CSP complaint, no hydration mismatch).
import { expect, test } from "@playwright/test";
import { openSeededDebate, QUESTION, signInAsDemo } from "./demo-debate";

test("a full load of a debate reads it once, early and packed, with a clean console", async ({
  browser,
}) => {
  const page = await signInAsDemo(browser, "dev");
  await openSeededDebate(page);
  const url = page.url();

  const reads: { url: string; packed: boolean }[] = [];
  const complaints: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith("/trpc/") && pathname.split(",").some((p) => p.endsWith("debate.get")))
      reads.push({
        url: request.url(),
        packed: request.headers()["x-steelman-wire"] === "packed",
      });
  });
  page.on("console", (message) => {
    if (message.type() === "error" || /Content Security Policy/i.test(message.text()))
      complaints.push(message.text());
  });
  page.on("pageerror", (error) => complaints.push(error.message));

  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1, name: QUESTION })).toBeVisible();
  await expect(page.getByRole("article").first()).toBeVisible();
  await expect(page.locator("[data-live-status]").first()).toHaveAttribute(
    "data-live-status",
    "live",
  );
  expect(reads).toHaveLength(1);
  // The inline script's read: one plain GET (not the client's batch), asking for the packed form.
  expect(reads[0]!.url).toMatch(/\/trpc\/debate\.get\?input=/);
  expect(reads[0]!.packed).toBe(true);
  expect(complaints).toEqual([]);
  await page.context().close();
});

test("the outline does not wait for the signed-in check; a signed-out visitor is still sent to sign in", async ({
  browser,
}) => {
  const page = await signInAsDemo(browser, "dev");
  await openSeededDebate(page);
  const url = page.url();

  // Hold the signed-in check back: the debate's own read already proves the sign-in.
  let releaseMe: () => void = () => {};
  const meHeld = new Promise<void>((resolve) => {
    releaseMe = resolve;
  });
  await page.route(/\/trpc\/[^?]*auth\.me/, async (route) => {
    await meHeld;
    await route.continue();
  });
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1, name: QUESTION })).toBeVisible();
  await expect(page.getByRole("article").first()).toBeVisible();
  releaseMe();

  // Signed out (in a fresh context), the same link leads to sign-in and back.
  const stranger = await browser.newContext();
  const visitor = await stranger.newPage();
  await visitor.goto(url);
  await expect(visitor).toHaveURL(/\/sign-in\?next=/);
  expect(decodeURIComponent(new URL(visitor.url()).searchParams.get("next") ?? "")).toBe(
    new URL(url).pathname,
  );
  await visitor.getByLabel("Email").fill("dev@demo.steelman.test");
  await visitor.getByLabel("Password").fill("steelman-demo");
  await visitor.getByRole("main").getByRole("button", { name: "Sign in" }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: QUESTION })).toBeVisible();
  await stranger.close();
  await page.context().close();
});
