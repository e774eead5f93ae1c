import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { QUESTION, signInAsDemo } from "./demo-debate";

test("an owner downloads the workspace archive and creates a workspace from it", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const page = await signInAsDemo(browser, "ada");
  await page.goto("/w/demo");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download the workspace archive" }).click(),
  ]);
  const archive = await readFile((await download.path()) ?? "", "utf8");
  expect(archive.trimEnd().split("\n").at(-1)).toContain('"t":"end"');

  const slug = `copy-${Date.now().toString(36)}`;
  await page.goto("/workspaces");
  await page.getByLabel("Archive file").setInputFiles({
    name: "demo.steelman.ndjson",
    mimeType: "application/x-ndjson",
    buffer: Buffer.from(archive),
  });
  await page.getByLabel("Address of the new workspace").fill(slug);
  await page.getByRole("button", { name: "Create workspace from archive" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${slug}$`));
  await expect(page.getByRole("link", { name: QUESTION })).toBeVisible();
});
