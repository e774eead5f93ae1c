// A debate page loaded in full arrives with the debate: the web server reads
// it while it renders the page, so the outline is in the HTML (shown with
// scripts off, the question as the title) and the browser asks for no read of
// its own. A move within the app reads in the browser, as before, where the
// cache may hold the debate already. The page hydrates without a mismatch (no
// error in the console) even in a time zone and language other than the server's.
import { expect, test } from "@playwright/test";
import { openSeededDebate, QUESTION, signInAsDemo } from "./demo-debate";
import { fillSignUp, newPerson } from "./test-accounts";

test("a debate page arrives with its debate drawn: no read of its own, a clean console, and an outline with scripts off", async ({
  browser,
}) => {
  const page = await signInAsDemo(browser, "dev", {
    timezoneId: "Pacific/Auckland",
    locale: "de-DE",
  });
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

  // Reached by a link, the app reads it itself (its cache may hold it already):
  // had the server's answer to the move carried the debate, it would read none.
  await openSeededDebate(page);
  expect(reads).toHaveLength(1);

  // Loaded in full, it arrives with the debate and reads nothing more.
  reads.length = 0;
  const url = page.url();
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1, name: QUESTION })).toBeVisible();
  await expect(page.getByRole("article").first()).toBeVisible();
  await expect(page.locator("[data-live-status]").first()).toHaveAttribute(
    "data-live-status",
    "live",
  );
  expect(reads).toEqual([]);
  expect(complaints).toEqual([]);

  // The same page with scripts off still shows the debate: it is in the HTML.
  const scriptsOff = await browser.newContext({ javaScriptEnabled: false });
  await scriptsOff.addCookies(await page.context().cookies());
  const plain = await scriptsOff.newPage();
  await plain.goto(url);
  await expect(plain.getByRole("heading", { level: 1, name: QUESTION })).toBeVisible();
  await expect(plain.getByRole("article", { name: "Position #1" })).toBeVisible();
  await expect(plain).toHaveTitle(`${QUESTION} · Steelman`);
  await scriptsOff.close();
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

test("a debate page's HTML carries the debate only for those who may read it", async ({
  browser,
  playwright,
}) => {
  const member = await signInAsDemo(browser, "dev");
  await openSeededDebate(member);
  const url = member.url();
  await member.context().close();

  // Signed out: the page arrives without the debate (and the browser goes to sign in).
  const anonymous = await playwright.request.newContext();
  const bare = await anonymous.get(url);
  expect(bare.status()).toBe(200);
  expect(await bare.text()).not.toContain(QUESTION);
  await anonymous.dispose();

  // Signed in, but not in the debate's workspace: no debate in the HTML, and the page says so.
  const outsiderContext = await browser.newContext();
  const outsider = await outsiderContext.newPage();
  await outsider.goto("/sign-up");
  await fillSignUp(outsider, newPerson("Otto"));
  await expect(outsider).toHaveURL(/\/workspaces$/);
  const answer = await outsider.request.get(url);
  expect(await answer.text()).not.toContain(QUESTION);
  await outsider.goto(url);
  await expect(
    outsider.getByRole("heading", { level: 1, name: "Debate unavailable" }),
  ).toBeVisible();
  await outsiderContext.close();
});
