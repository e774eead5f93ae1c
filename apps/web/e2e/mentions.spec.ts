// Mentioning someone: "@" in a reply opens the members' list, the keyboard
// picks a name, and the person mentioned finds it on their bell and their
// notifications page, linking to the debate.
import { expect, test } from "@playwright/test";
import { openSeededDebate, signInAsDemo } from "./demo-debate";

test("Dev mentions Fran with the keyboard, and Fran is told", async ({ browser }) => {
  test.setTimeout(180_000);
  const fran = await signInAsDemo(browser, "fran");
  await fran.goto("/notifications");
  await expect(fran.getByRole("heading", { name: "Notifications", level: 1 })).toBeVisible();

  const dev = await signInAsDemo(browser, "dev");
  await openSeededDebate(dev);
  const position = dev.getByRole("article", { name: /^Position #\d+$/ }).first();
  await position.getByRole("button", { name: /^Support\b/ }).click();
  const text = position.getByLabel("Your support");
  await text.fill("As ");
  await text.pressSequentially("@Fr");
  const list = dev.getByRole("listbox", { name: "People to mention" });
  await expect(list.getByRole("option", { name: "@Fran Ito" })).toBeVisible();
  await expect(text).toHaveAttribute("aria-activedescendant", /.+/);
  await text.press("Enter");
  await expect(list).toHaveCount(0);
  const note = `found in the pilot (${Date.now().toString(36)})`;
  await text.pressSequentially(note);
  await expect(text).toHaveValue(`As @Fran Ito ${note}`);
  await position.getByRole("button", { name: "Post support" }).click();
  await expect(position.getByLabel("Your support")).toHaveCount(0);

  // Fran's page hears of it without reloading.
  const item = fran.getByRole("listitem").filter({ hasText: "Someone mentioned you in a claim" });
  await expect(item.first()).toBeVisible({ timeout: 20_000 });
  await expect(
    fran.getByRole("banner").getByRole("link", { name: /^Notifications, \d+ unread/ }),
  ).toBeVisible();
  await fran.context().close();
  await dev.context().close();
});
