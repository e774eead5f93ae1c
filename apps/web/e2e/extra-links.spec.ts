import { expect, type Locator, type Page, test } from "@playwright/test";
import { fillSignUp, newPerson } from "./test-accounts";

/** A fresh owner with a workspace of their own, on its page. */
async function ownerInNewWorkspace(page: Page) {
  await page.goto("/sign-up");
  await fillSignUp(page, newPerson("Lina"));
  await expect(page).toHaveURL(/\/workspaces$/);
  await page.getByLabel("Workspace name").fill(`Links ${Date.now().toString(36)}`);
  await page.getByRole("button", { name: "Create workspace", exact: true }).click();
  await expect(page).toHaveURL(/\/w\/[^/]+$/);
}

function openDebateForm(page: Page) {
  return page.getByRole("form", { name: "Open a debate" });
}

async function postPosition(page: Page, text: string): Promise<Locator> {
  await page.getByRole("button", { name: "Add a position" }).click();
  const form = page.getByRole("form", { name: "Add a position" });
  await form.getByLabel("Your position").fill(text);
  await form.getByRole("button", { name: "Post position" }).click();
  const posted = page.getByRole("article", { name: /^Position #\d+$/ }).filter({ hasText: text });
  await expect(posted).toBeVisible();
  return posted;
}

/** "#4" from an article named "Objection #4". */
async function numberOf(article: Locator) {
  return ((await article.getAttribute("aria-label")) ?? "").split(" ")[1] ?? "";
}

test("an objection also answers a second position, picked with the keyboard", async ({ page }) => {
  test.setTimeout(120_000);
  const run = Date.now().toString(36);
  await ownerInNewWorkspace(page);
  await openDebateForm(page).getByLabel("Question").fill(`Should we move to Leeds? (${run})`);
  await openDebateForm(page).getByRole("button", { name: "Open debate" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Leeds");

  const alpha = await postPosition(page, `Alpha: rents are lower there (${run})`);
  const bravo = await postPosition(page, `Bravo: the trains are better there (${run})`);
  await postPosition(page, `Charlie: the team prefers there (${run})`);
  const bravoNumber = await numberOf(bravo);
  await expect(bravo.getByText("Status: Stands")).toBeVisible();

  await alpha.getByRole("button", { name: /^Object\b/ }).click();
  const objectionText = `Rents there rise faster than anywhere (${run})`;
  await alpha.getByLabel("Your objection").fill(objectionText);
  await alpha.getByRole("button", { name: "Post objection" }).click();
  // By its name: until the composer closes, the position's article holds the same words.
  const objection = page
    .getByRole("article", { name: /^Objection #\d+$/ })
    .filter({ hasText: objectionText });
  await expect(objection).toBeVisible();
  const n = await numberOf(objection);

  await objection.getByRole("button", { name: `More actions for ${n}` }).click();
  await objection.getByRole("button", { name: /^Also answers…/ }).click();
  const dialog = page.getByRole("dialog", { name: `${n} also answers…` });
  const picker = dialog.getByRole("combobox", { name: "Claim it also answers" });
  // "there" matches Bravo and Charlie (Alpha is already the target); the first is active.
  await picker.pressSequentially("there");
  const options = dialog.getByRole("option");
  await expect(options).toHaveCount(2);
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await picker.press("ArrowDown");
  await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
  await picker.press("ArrowUp");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await expect(options.first()).toContainText("Bravo");
  await picker.press("Enter");
  await expect(dialog).toContainText(`Chosen: ${bravoNumber}.`);
  await picker.press("Enter");
  await expect(dialog).toBeHidden();

  // The link shows on the objection and the position it also attacks is challenged.
  await expect(objection).toContainText(`Also objects to ${bravoNumber}`);
  await expect(bravo.getByText("Status: Challenged")).toBeVisible();
  await objection.getByRole("link", { name: bravoNumber, exact: true }).click();
  await expect(bravo).toBeFocused();

  // Removing the link takes the challenge away again.
  await objection
    .getByRole("button", { name: `Remove the link from ${n} to ${bravoNumber}` })
    .click();
  await expect(objection).not.toContainText("Also objects to");
  await expect(bravo.getByText("Status: Stands")).toBeVisible();
});

test("a too-long question shows its error next to the field, and the draft is kept", async ({
  page,
}) => {
  await ownerInNewWorkspace(page);
  const workspaceUrl = page.url();
  const question = openDebateForm(page).getByLabel("Question");
  await question.fill(`Too long? ${"x".repeat(300)}`);
  await expect(openDebateForm(page).getByText("Draft saved")).toBeVisible();
  await openDebateForm(page).getByRole("button", { name: "Open debate" }).click();
  await expect(question).toHaveAttribute("aria-invalid", "true");
  await expect(question).toHaveAccessibleDescription(/Keep the question under 300 characters\./);

  await page.reload();
  await expect(question).toHaveValue(`Too long? ${"x".repeat(300)}`);
  await question.fill("Shall we meet on Fridays?");
  await openDebateForm(page).getByRole("button", { name: "Open debate" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Shall we meet on Fridays?" }),
  ).toBeVisible();
  await page.goto(workspaceUrl);
  await expect(openDebateForm(page).getByLabel("Question")).toHaveValue("");
});
