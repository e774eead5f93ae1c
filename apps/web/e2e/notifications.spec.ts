import { expect, type Page, test } from "@playwright/test";
import { openSeededDebate, signInAsDemo } from "./demo-debate";

function bell(page: Page) {
  return page.getByRole("banner").getByRole("link", { name: /^Notifications/ });
}

/** Counts the page's requests for the unread count (batched calls name each procedure). */
function countCountRequests(page: Page) {
  const asked = { count: 0 };
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith("/trpc/") && url.pathname.includes("notification.unreadCount"))
      asked.count += 1;
  });
  return asked;
}

test("an objection to your claim shows on your bell, and opening it marks it read", async ({
  browser,
}) => {
  const eli = await signInAsDemo(browser, "eli");

  await test.step("Eli starts with nothing unread", async () => {
    await eli.goto("/notifications");
    await expect(eli.getByRole("heading", { name: "Notifications", level: 1 })).toBeVisible();
    // The seed's own events may still be arriving: mark all read until the bell is quiet.
    await expect(async () => {
      const markAll = eli.getByRole("button", { name: "Mark all as read" });
      if (await markAll.isEnabled()) await markAll.click();
      await expect(bell(eli)).toHaveAccessibleName("Notifications", { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await eli.goto("/workspaces");
    await expect(bell(eli)).toHaveAccessibleName("Notifications");
  });
  // From here the bell must learn of new notifications from its stream, not by asking.
  const asked = countCountRequests(eli);

  await test.step("Chloé objects to Eli's position", async () => {
    const chloe = await signInAsDemo(browser, "chloe");
    await openSeededDebate(chloe);
    const position = chloe
      .getByRole("article", { name: /^Position #\d+$/ })
      .filter({ hasText: "No, not as pitched" });
    await position.getByRole("button", { name: /^Object\b/ }).click();
    const text = `Knowledge already travels with people who change jobs (${Date.now().toString(36)}).`;
    await position.getByLabel("Your objection").fill(text);
    await position.getByRole("button", { name: "Post objection" }).click();
    // Its own article (the position's composer may hold the text until the post settles).
    await expect(
      chloe.getByRole("article", { name: /^Objection #\d+$/ }).filter({ hasText: text }),
    ).toBeVisible();
  });

  await test.step("Eli's bell counts one without reloading; opening it and marking it read clears it", async () => {
    await expect(bell(eli)).toHaveAccessibleName("Notifications, 1 unread", { timeout: 20_000 });
    expect(asked.count).toBe(0);
    await bell(eli).click();
    const item = eli.getByRole("listitem").filter({ hasText: "Someone objected to your claim" });
    await expect(item.first()).toBeVisible();
    await item.first().getByRole("button", { name: "Mark as read" }).click();
    await expect(bell(eli)).toHaveAccessibleName("Notifications");
  });

  await test.step("It leads to the objection itself in the outline, as its email does", async () => {
    const link = eli
      .getByRole("listitem")
      .filter({ hasText: "Someone objected to your claim" })
      .first()
      .getByRole("link");
    await expect(link).toHaveAttribute("href", /\/d\/[^/#]+#claim-\d+$/);
    const number = (await link.getAttribute("href"))?.split("#claim-")[1];
    await link.click();
    await expect(eli.getByRole("article", { name: `Objection #${number}` })).toBeFocused();
  });
});
