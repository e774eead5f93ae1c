import { type Browser, type BrowserContextOptions, expect, type Page } from "@playwright/test";

// The demo workspace and essay debate every fresh database is seeded with.
export const DEMO_PASSWORD = "steelman-demo";
export const QUESTION = "Should every firm build and own its own learning loop?";

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Signs a demo person in through the form, in a browser context of their own. */
export async function signInAsDemo(
  browser: Browser,
  name: string,
  options?: BrowserContextOptions,
): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(`${name}@demo.steelman.test`);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/workspaces$/);
  return page;
}

/** From the workspace page, opens the seeded debate. */
export async function openSeededDebate(page: Page) {
  await page.goto("/w/demo");
  await page
    .getByRole("region", { name: "Debates" })
    .getByRole("link", { name: new RegExp(escapeRegExp(QUESTION)) })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: QUESTION })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(QUESTION)}`));
  await expect(page.getByRole("article").first()).toBeVisible();
}
