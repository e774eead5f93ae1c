// The live connection dropping, as a reader sees it: the API loses its
// listening connection to PostgreSQL (cut from outside for a few seconds),
// the page says it is reconnecting (the API refuses new streams until it
// hears events again), and once it is back, what was posted meanwhile
// arrives exactly once (the stream resumes after the last event it
// delivered, whether the post then comes from the log or live).
import { expect, type Page, test } from "@playwright/test";
import { cutLiveListenersFor } from "./database-faults";
import { openSeededDebate, signInAsDemo } from "./demo-debate";

test("a lost database listener shows Reconnecting…, then catches up exactly once", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const text = `Posted while offline ${Date.now().toString(36)}`;
  const watcher = await signInAsDemo(browser, "dev");
  await openSeededDebate(watcher);
  const status = watcher.locator("[data-live-status]").first();
  await expect(status).toHaveAttribute("data-live-status", "live");

  const poster = await signInAsDemo(browser, "ben");
  await openSeededDebate(poster);
  const outage = cutLiveListenersFor(8_000);
  await expect(status).toHaveText("Reconnecting…");
  await expect(status).toHaveAttribute("data-live-status", "reconnecting");

  const position = poster.getByRole("article", { name: /^Position #\d+$/ }).first();
  await position.getByRole("button", { name: /^Object\b/ }).click();
  await position.getByLabel("Your objection").fill(text);
  await position.getByRole("button", { name: "Post objection" }).click();
  const posted = (page: Page) =>
    page.getByRole("article", { name: /^Objection #\d+$/ }).filter({ hasText: text });
  await expect(posted(poster)).toBeVisible();

  expect(await outage).toBeGreaterThan(0);
  await expect(status).toHaveAttribute("data-live-status", "live", { timeout: 30_000 });
  await expect(posted(watcher)).toHaveCount(1);
  await watcher.context().close();
  await poster.context().close();
});
