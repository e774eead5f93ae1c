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
  // By its name: the position's article holds its replies' words too.
  const posted = (page: Page) =>
    page.getByRole("article", { name: /^Objection #\d+$/ }).filter({ hasText: text });
  await expect(posted(poster)).toBeVisible();

  await expect(posted(watcher)).toBeVisible();
  expect(reads.count).toBe(1);
  // Closed, so that their live streams do not follow the specs that come after.
  await watcher.context().close();
  await poster.context().close();
});

test("a vote and a link made elsewhere arrive without another read", async ({ browser }) => {
  test.setTimeout(180_000);
  const text = `Live vote and link ${Date.now().toString(36)}`;
  const watcher = await signInAsDemo(browser, "dev");
  const reads = countDebateReads(watcher);
  await openSeededDebate(watcher);
  await expect(watcher.getByText("Live", { exact: true })).toBeVisible();

  const actor = await signInAsDemo(browser, "ben");
  await openSeededDebate(actor);
  const positions = actor.getByRole("article", { name: /^Position #\d+$/ });
  const first = positions.first();
  const second = (await positions.nth(1).getAttribute("aria-label"))?.split(" ")[1] ?? "";
  await first.getByRole("button", { name: /^Object\b/ }).click();
  await first.getByLabel("Your objection").fill(text);
  await first.getByRole("button", { name: "Post objection" }).click();
  const objection = actor
    .getByRole("article", { name: /^Objection #\d+$/ })
    .filter({ hasText: text });
  await expect(objection).toBeVisible();
  const n = ((await objection.getAttribute("aria-label")) ?? "").split(" ")[1] ?? "";
  const watched = watcher.getByRole("article", { name: `Objection ${n}` });
  await expect(watched).toContainText(text);

  await objection.getByRole("button", { name: `Vote on ${n}` }).click();
  await objection.getByRole("radio", { name: "Agree", exact: true }).check();
  await objection.getByRole("button", { name: "Save vote" }).click();
  await expect(objection).toContainText("Your vote: Agree");
  await expect(watched).toContainText("1 agree · 0 unsure · 0 disagree");

  await objection.getByRole("button", { name: `More actions for ${n}` }).click();
  await objection.getByRole("button", { name: /^Also answers…/ }).click();
  const dialog = actor.getByRole("dialog", { name: `${n} also answers…` });
  const picker = dialog.getByRole("combobox", { name: "Claim it also answers" });
  await picker.pressSequentially(second.slice(1));
  await expect(dialog.getByRole("option").first()).toContainText(second);
  await picker.press("Enter");
  await expect(dialog).toContainText(`Chosen: ${second}.`);
  await picker.press("Enter");
  await expect(dialog).toBeHidden();

  await expect(watched).toContainText(`Also objects to ${second}`);
  expect(reads.count).toBe(1);
  await watcher.context().close();
  await actor.context().close();
});
