// Search as a reader uses it: "/" focuses the debate's search box, results
// arrive as one types with the matched words marked, and a result takes the
// reader to its claim; the workspace search and the decision log keep their
// words in the address, so a reload shows the same list.
import { expect, test } from "@playwright/test";
import { openSeededDebate, signInAsDemo } from "./demo-debate";

test("the debate's search box: '/' to focus, marked matches, a result opens its claim", async ({
  browser,
}) => {
  const page = await signInAsDemo(browser, "ben");
  await openSeededDebate(page);
  await page.locator("body").press("/");
  const box = page.getByRole("searchbox", { name: "Search this debate" });
  await expect(box).toBeFocused();
  await box.fill("renting know-how");
  const results = page.getByRole("search", { name: "Search this debate" }).getByRole("listitem");
  await expect(results.first()).toBeVisible();
  await expect(results.first().locator("mark").first()).toHaveText(/renting/i);
  const number = (
    await results
      .first()
      .getByText(/^#\d+$/)
      .textContent()
  )?.slice(1);
  await results.first().getByRole("button").click();
  await expect(page.locator(`#claim-${number}`)).toBeFocused();
  await box.press("Escape");
  await expect(box).toHaveValue("");
  await page.context().close();
});

test("the workspace search and the decision log keep their words in the address", async ({
  browser,
}) => {
  const page = await signInAsDemo(browser, "ada");
  await page.goto("/w/demo");
  await page.getByRole("link", { name: "Search" }).click();
  const box = page.getByRole("searchbox", { name: "Search every debate" });
  await box.fill("equilibrium");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/w\/demo\/search\?q=equilibrium$/);
  const result = page.getByRole("list", { name: "Results" }).getByRole("link").first();
  await expect(result.locator("mark")).toHaveText(/equilibrium/i);
  await page.reload();
  await expect(page.getByRole("searchbox", { name: "Search every debate" })).toHaveValue(
    "equilibrium",
  );
  await expect(page.getByRole("list", { name: "Results" }).getByRole("link").first()).toBeVisible();

  await page.goto("/w/demo/decisions?q=pilot");
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("pilot");
  await page.context().close();
});
