// A debate page loaded in full (not reached by a link) comes with its outline
// drawn by the server: the browser shows it before the page's scripts have
// run, and reads nothing more (the server's read is the load's one read),
// under the page's CSP, with no error in the console (no CSP complaint, no
// hydration mismatch). Until the scripts run, its buttons are disabled: a
// click that nothing could answer is refused, not lost.
import { expect, test } from "@playwright/test";
import { openSeededDebate, QUESTION, signInAsDemo } from "./demo-debate";

test("the outline comes drawn in the page's HTML, readable before the page's scripts run", async ({
  browser,
}) => {
  const page = await signInAsDemo(browser, "dev");
  await openSeededDebate(page);
  const url = page.url();

  // The page's scripts never arrive: what shows is the server's HTML alone.
  const html = await page.context().newPage();
  await html.route(/\/_next\/static\/.*\.js$/, (route) => route.abort());
  await html.goto(url);
  await expect(html.getByRole("heading", { level: 1, name: QUESTION })).toBeVisible();
  await expect(html.getByRole("article").first()).toBeVisible();
  await expect(html.getByRole("heading", { level: 3 }).first()).toHaveText(/Position #\d+/);
  // Shown, but not yet usable: nothing would answer the click.
  await expect(html.getByRole("button", { name: /^Support #/ }).first()).toBeDisabled();
  await page.context().close();
});

test("a full load of a debate reads it on the server only, with a clean console", async ({
  browser,
}) => {
  const page = await signInAsDemo(browser, "dev");
  await openSeededDebate(page);
  const url = page.url();

  const reads: string[] = [];
  const complaints: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith("/trpc/") && pathname.split(",").some((p) => p.endsWith("debate.get")))
      reads.push(request.url());
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
  // Usable once the scripts have run, and it still answers.
  const support = page.getByRole("button", { name: /^Support #/ }).first();
  await expect(support).toBeEnabled();
  await support.click();
  await expect(support).toHaveAttribute("aria-expanded", "true");
  expect(reads).toEqual([]);
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
