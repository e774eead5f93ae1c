import { expect, type Page, test } from "@playwright/test";
import { signInAsDemo } from "./demo-debate";

async function importFile(page: Page, name: string, mimeType: string, text: string) {
  await page.goto("/w/demo");
  await page.getByLabel("Debate file (JSON export or Argdown)").setInputFiles({
    name,
    mimeType,
    buffer: Buffer.from(text),
  });
  await page.getByRole("button", { name: "Import debate" }).click();
}

test("a facilitator imports an Argdown file and a JSON export and sees each debate", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const run = Date.now().toString(36);
  const page = await signInAsDemo(browser, "ben");

  const question = `Should we ship on Fridays (${run})?`;
  const argdown = `# ${question.replace(/[()?]/g, "\\$&")}\n\n[Yes]: Ship it, see https:\\/\\/example.org\n  - [Weekend]: Nobody is on call \\/\\/ really\n`;
  await importFile(page, "friday.argdown", "text/plain", argdown);
  await expect(page.getByRole("heading", { level: 1, name: question })).toBeVisible();
  await expect(
    page.getByRole("article").filter({ hasText: "Ship it, see https://example.org" }).first(),
  ).toBeVisible();
  await expect(
    page.getByRole("article").filter({ hasText: "Nobody is on call // really" }).first(),
  ).toBeVisible();

  const jsonQuestion = `Should we move to Leeds (${run})?`;
  const now = new Date().toISOString();
  const document = {
    format: "steelman.debate",
    version: 1,
    exportedAt: now,
    debate: {
      question: jsonQuestion,
      description: "",
      phase: "open",
      anonymous: false,
      createdAt: now,
    },
    claims: [
      {
        ref: "c1",
        kind: "position",
        target: null,
        body: "Move to Leeds",
        moderation: "visible",
        mergedInto: null,
        author: null,
        createdAt: now,
        revisions: [],
      },
    ],
    links: [],
    resolutions: [],
    labels: {},
  };
  await importFile(page, "leeds.json", "application/json", JSON.stringify(document));
  await expect(page.getByRole("heading", { level: 1, name: jsonQuestion })).toBeVisible();
  await expect(
    page.getByRole("article").filter({ hasText: "Move to Leeds" }).first(),
  ).toBeVisible();

  await importFile(
    page,
    "broken.json",
    "application/json",
    JSON.stringify({ ...document, version: 9 }),
  );
  await expect(page.getByText(/Only version 1 of the debate export can be imported/)).toBeVisible();
});
