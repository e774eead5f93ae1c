import { expect, type Page, test } from "@playwright/test";
import { fillSignUp, newPerson } from "./test-accounts";

/** Collects the browser's Content-Security-Policy complaints, which must stay empty. */
function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}

test("pages carry a nonce CSP and security headers, and still work under them", async ({
  page,
}) => {
  const violations = cspViolations(page);
  const response = await page.goto("/sign-up");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");

  const person = newPerson("Csp");
  await fillSignUp(page, person);
  await expect(page).toHaveURL(/\/workspaces$/);

  // The password form: asks for the current password, keeps this session.
  await page.goto("/account");
  await page.getByLabel("Current password").fill(person.password);
  await page.getByLabel("New password").fill(`${person.password} v2`);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Password changed." })).toBeVisible();
  await expect(page.getByText("This device", { exact: true })).toBeVisible();
  expect(violations).toEqual([]);
});

test("a return path with a tab in it stays on this site after signing in", async ({ page }) => {
  const person = newPerson("Next");
  await page.goto("/sign-up");
  await fillSignUp(page, person);
  await expect(page).toHaveURL(/\/workspaces$/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();

  await page.goto("/sign-in?next=/%09/evil.example");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/^http:\/\/[^/]+\/workspaces$/);
});
