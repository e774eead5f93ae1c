// Looking back as a reader does: post an objection, edit it, then step back
// through the debate's history with the keyboard and see the old wording and
// the old count, read-only; "Back to now" returns to the live debate.
import { expect, type Page, test } from "@playwright/test";
import { openSeededDebate, signInAsDemo } from "./demo-debate";

function unansweredHeading(page: Page) {
  return page
    .getByRole("complementary", { name: "Unanswered objections" })
    .getByRole("heading", { level: 2 });
}

async function unansweredCount(page: Page): Promise<number> {
  await expect(unansweredHeading(page)).toHaveText(/^Unanswered \(\d+\)$/);
  return Number(/\((\d+)\)/.exec((await unansweredHeading(page).textContent()) ?? "")?.[1]);
}

test("step back to before an edit and before a post, then back to now", async ({ browser }) => {
  const run = Date.now().toString(36);
  const first = `Shared tools already carry most of the loop (${run}).`;
  const edited = `Shared tools already carry most of the loop, and cost less (${run}).`;
  const page = await signInAsDemo(browser, "chloe");
  await openSeededDebate(page);
  const before = await unansweredCount(page);

  const position = page.getByRole("article", { name: /^Position #\d+$/ }).first();
  await position.getByRole("button", { name: /^Object\b/ }).click();
  await position.getByLabel("Your objection").fill(first);
  await position.getByRole("button", { name: "Post objection" }).click();
  // The new objection's own article, focused once posted (its parent holds the text too).
  const objection = page
    .getByRole("article", { name: /^Objection #\d+$/ })
    .filter({ hasText: first });
  await expect(objection).toBeFocused();
  const name = (await objection.getAttribute("aria-label")) ?? "";
  const number = name.split("#")[1];
  await expect(unansweredHeading(page)).toHaveText(`Unanswered (${before + 1})`);

  const mine = page.getByRole("article", { name, exact: true });
  await mine.getByRole("button", { name: `More actions for #${number}` }).click();
  await mine.getByRole("button", { name: `Edit #${number}` }).click();
  await mine.getByLabel(`Text of #${number}`).fill(edited);
  await mine.getByRole("button", { name: "Save" }).click();
  await expect(mine.getByText(edited)).toBeVisible();

  await test.step("one step back: the wording before the edit, read-only", async () => {
    await page.getByRole("button", { name: "Debate history" }).click();
    const slider = page.getByRole("slider", { name: "Moment in the debate's history" });
    await expect(slider).toHaveAttribute("aria-valuetext", /^Now: .*edited/);
    await slider.focus();
    await page.keyboard.press("ArrowLeft");
    await expect(page).toHaveURL(/\?asOf=\d+/);
    const banner = page.getByRole("region", { name: "Looking back" });
    await expect(banner).toContainText("Read-only");
    await expect(mine.getByText(first)).toBeVisible();
    await expect(mine.getByText(edited)).toHaveCount(0);
    // Nothing can be done in the past: no replies, no votes, no composer.
    await expect(mine.getByRole("button", { name: /^(Support|Object|Rebut)\b/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Post position/ })).toHaveCount(0);
  });

  await test.step("another step back: before the objection, the old count", async () => {
    const slider = page.getByRole("slider", { name: "Moment in the debate's history" });
    await slider.focus();
    await page.keyboard.press("ArrowLeft");
    await expect(page.getByRole("article", { name, exact: true })).toHaveCount(0);
    await expect(unansweredHeading(page)).toHaveText(`Unanswered (${before})`);
  });

  await test.step("a reload keeps the moment; Back to now returns to the live debate", async () => {
    await page.reload();
    await expect(page.getByRole("region", { name: "Looking back" })).toBeVisible();
    await expect(page.getByRole("article", { name, exact: true })).toHaveCount(0);
    await page.getByRole("button", { name: "Back to now" }).click();
    await expect(page).not.toHaveURL(/asOf=/);
    await expect(page.getByRole("region", { name: "Looking back" })).toHaveCount(0);
    await expect(mine.getByText(edited)).toBeVisible();
    await expect(unansweredHeading(page)).toHaveText(`Unanswered (${before + 1})`);
  });
  await page.context().close();
});
