import { expect, type Page, test } from "@playwright/test";
import { openSeededDebate, signInAsDemo } from "./demo-debate";

/** Counts the page's reads of the whole debate (batched calls name every procedure in the URL). */
function countDebateReads(page: Page) {
  const reads = { count: 0 };
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (
      url.pathname.startsWith("/trpc/") &&
      url.pathname.split(",").some((p) => p.endsWith("debate.get"))
    )
      reads.count += 1;
  });
  return reads;
}

test("a page reads the debate once, and a claim posted elsewhere arrives without another read", async ({
  browser,
}) => {
  const text = `Live delta check ${Date.now().toString(36)}`;
  const watcher = await signInAsDemo(browser, "dev");
  const reads = countDebateReads(watcher);
  await openSeededDebate(watcher);
  await expect(watcher.getByText("Live", { exact: true })).toBeVisible();
  expect(reads.count).toBe(1);

  const poster = await signInAsDemo(browser, "ben");
  await openSeededDebate(poster);
  const position = poster.getByRole("article", { name: /^Position #\d+$/ }).first();
  await position.getByRole("button", { name: /^Object\b/ }).click();
  await position.getByLabel("Your objection").fill(text);
  await position.getByRole("button", { name: "Post objection" }).click();
  await expect(poster.getByRole("article").filter({ hasText: text })).toBeVisible();

  await expect(watcher.getByRole("article").filter({ hasText: text })).toBeVisible();
  expect(reads.count).toBe(1);
  // Closed, so that their live streams do not follow the specs that come after.
  await watcher.context().close();
  await poster.context().close();
});
