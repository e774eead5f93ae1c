import { expect, type Page, test } from "@playwright/test";
import { openSeededDebate, signInAsDemo } from "./demo-debate";
import { fillSignUp, newPerson } from "./test-accounts";

function positionForm(page: Page) {
  return page.getByRole("form", { name: "Add a position" });
}

async function openPositionComposer(page: Page) {
  await page.getByRole("button", { name: "Add a position" }).click();
  await expect(positionForm(page)).toBeVisible();
}

test("a double click on Create workspace creates one workspace", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-up");
  await fillSignUp(page, newPerson("Dora"));
  await expect(page).toHaveURL(/\/workspaces$/);
  const name = `Double click ${Date.now()}`;
  await page.getByLabel("Workspace name").fill(name);
  await page.getByRole("button", { name: "Create workspace", exact: true }).dblclick();
  await expect(page).toHaveURL(/\/w\/[^/]+$/);
  await page.goto("/workspaces");
  await expect(page.getByRole("link", { name: new RegExp(name) })).toHaveCount(1);
  await page.context().close();
});

test("a double click on Post position posts one claim", async ({ browser }) => {
  const page = await signInAsDemo(browser, "chloe");
  await openSeededDebate(page);
  const text = `Only once, please (${Date.now().toString(36)})`;
  await openPositionComposer(page);
  await positionForm(page).getByLabel("Your position").fill(text);
  await positionForm(page).getByRole("button", { name: "Post position" }).dblclick();
  await expect(page.getByRole("article").filter({ hasText: text }).first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole("article", { name: /^Position #\d+$/ }).first()).toBeVisible();
  await expect(page.getByRole("article").filter({ hasText: text })).toHaveCount(1);
  await page.context().close();
});

test("a draft survives a reload, says so, and is cleared once posted", async ({ browser }) => {
  const page = await signInAsDemo(browser, "dev");
  await openSeededDebate(page);
  const text = `Half-written thought (${Date.now().toString(36)})`;
  await openPositionComposer(page);
  await positionForm(page).getByLabel("Your position").fill(text);
  await expect(positionForm(page).getByText("Draft saved")).toBeVisible();

  await page.reload();
  await openPositionComposer(page);
  await expect(positionForm(page).getByLabel("Your position")).toHaveValue(text);
  await expect(positionForm(page).getByText("Draft saved")).toBeVisible();

  await positionForm(page).getByRole("button", { name: "Post position" }).click();
  await expect(page.getByRole("article").filter({ hasText: text })).toBeVisible();
  await page.reload();
  await openPositionComposer(page);
  await expect(positionForm(page).getByLabel("Your position")).toHaveValue("");
  await page.context().close();
});

test("a long paste is kept whole, counted, and refused with a reason", async ({ browser }) => {
  const page = await signInAsDemo(browser, "eli");
  await openSeededDebate(page);
  await openPositionComposer(page);
  const field = positionForm(page).getByLabel("Your position");
  await field.fill("word ".repeat(1200).trim());
  await expect(field).toHaveValue("word ".repeat(1200).trim());
  await expect(positionForm(page)).toContainText(
    "Too long to post: 5,999 of 5,000 characters. Shorten it by 999.",
  );
  await expect(positionForm(page).getByRole("button", { name: "Post position" })).toBeDisabled();

  await field.fill("A short, fair point.");
  await expect(positionForm(page)).toContainText("20 / 5,000");
  await expect(positionForm(page).getByRole("button", { name: "Post position" })).toBeEnabled();
  // Leave no draft behind for the next run.
  await field.fill("");
  await page.context().close();
});
