import { expect, test } from "@playwright/test";
import { fillSignUp, newPerson } from "./test-accounts";

test("the API answers its health check through the web origin", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.ok()).toBe(true);
  expect(await response.json()).toMatchObject({ status: "ok", db: "ok" });
});

test("signing in with a wrong password shows the server's message", async ({ page }) => {
  const person = newPerson("Cy");
  await page.goto("/sign-up");
  await fillSignUp(page, person);
  await expect(page).toHaveURL(/\/workspaces$/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(`${person.password}-wrong`);
  await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();

  const error = page.getByRole("main").getByRole("alert").filter({ hasText: /\S/ });
  await expect(error).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);

  // The right password still works afterwards and returns to the requested page.
  await page.goto("/sign-in?next=%2Faccount");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();
  await expect(page.getByText("This device", { exact: true })).toBeVisible();
});
