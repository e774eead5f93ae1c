import { readFile } from "node:fs/promises";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { openSeededDebate, QUESTION, signInAsDemo } from "./demo-debate";

const SECOND_POSITION = "No, not as pitched";

function unansweredPanel(page: Page) {
  return page.getByRole("complementary", { name: "Unanswered objections" });
}

/** The number in the panel's heading, "Unanswered (9)"; checked against the items listed. */
async function readUnansweredCount(page: Page): Promise<number> {
  const heading = unansweredPanel(page).getByRole("heading", { name: /^Unanswered \(\d+\)$/ });
  const count = Number(/\((\d+)\)/.exec((await heading.textContent()) ?? "")?.[1]);
  await expect(unansweredPanel(page).getByRole("listitem")).toHaveCount(count);
  return count;
}

async function expectUnansweredCount(page: Page, count: number) {
  await expect(unansweredPanel(page).getByRole("heading", { level: 2 })).toHaveText(
    `Unanswered (${count})`,
  );
  await expect(unansweredPanel(page).getByRole("listitem")).toHaveCount(count);
}

/** A claim of the outline by its accessible name, such as "Objection #24". */
function claim(page: Page, name: string): Locator {
  return page.getByRole("article", { name, exact: true });
}

function panelLink(page: Page, name: string): Locator {
  const number = name.split(" ")[1]!;
  return unansweredPanel(page).getByRole("link", { name: new RegExp(`^${number}\\b`) });
}

function secondPosition(page: Page): Locator {
  return page
    .getByRole("article", { name: /^Position #\d+$/ })
    .filter({ hasText: SECOND_POSITION });
}

/** The position's own count of unanswered objections against it ("2 unanswered objections"). */
async function positionUnansweredCount(page: Page): Promise<number> {
  const text = (await secondPosition(page).textContent()) ?? "";
  return Number(/(\d+) unanswered objections?/.exec(text)?.[1] ?? 0);
}

async function expectPositionUnansweredCount(page: Page, count: number) {
  await expect.poll(() => positionUnansweredCount(page)).toBe(count);
}

/** Writes a reply in the composer that opened inside `target`, and returns the new claim's name. */
async function postReply(page: Page, target: Locator, word: string, text: string) {
  await target.getByLabel(`Your ${word}`).fill(text);
  await target.getByRole("button", { name: `Post ${word}` }).click();
  // The composer closes once the post settles; until then its parent holds the text too.
  await expect(target.getByLabel(`Your ${word}`)).toHaveCount(0);
  const posted = page
    .getByRole("article", { name: /^(Objection|Rebuttal) #\d+$/ })
    .filter({ hasText: text });
  await expect(posted).toBeVisible();
  await expect(posted).toBeFocused();
  const name = (await posted.getAttribute("aria-label")) ?? "";
  expect(name).toMatch(/^(Objection|Rebuttal) #\d+$/);
  await expect(page.getByRole("status").filter({ hasText: "Posted" })).toHaveText(
    `Posted ${word} ${name.split(" ")[1]}.`,
  );
  return name;
}

test("rebuttals answer an objection, and a rebuttal of the rebuttal reopens it", async ({
  browser,
}) => {
  const run = Date.now().toString(36);
  let objection = "";
  let firstRebuttal = "";

  await test.step("Chloé objects to the second position; the Unanswered count rises", async () => {
    const page = await signInAsDemo(browser, "chloe");
    await openSeededDebate(page);
    const before = await readUnansweredCount(page);
    const againstPosition = await positionUnansweredCount(page);
    const position = secondPosition(page);
    await position.getByRole("button", { name: /^Object\b/ }).click();
    await expect(position.getByRole("radio", { name: "Objection" })).toBeChecked();
    objection = await postReply(
      page,
      position,
      "objection",
      `Firms already share know-how through people who change jobs (${run}).`,
    );
    expect(objection).toMatch(/^Objection #/);

    await expectUnansweredCount(page, before + 1);
    // The position's unanswered count rises by one.
    await expectPositionUnansweredCount(page, againstPosition + 1);
    await expect(claim(page, objection).getByText("Status: Unanswered")).toBeVisible();
    // The panel lists it, and its link moves focus to the claim in the outline.
    await panelLink(page, objection).click();
    await expect(claim(page, objection)).toBeFocused();
    await page.context().close();
  });

  await test.step("Dev rebuts it: the objection is answered and leaves the panel", async () => {
    const page = await signInAsDemo(browser, "dev");
    await openSeededDebate(page);
    const before = await readUnansweredCount(page);
    const againstPosition = await positionUnansweredCount(page);
    const target = claim(page, objection);
    await expect(panelLink(page, objection)).toBeVisible();
    await target.getByRole("button", { name: /^Rebut\b/ }).click();
    firstRebuttal = await postReply(
      page,
      target,
      "rebuttal",
      `Moving people is slow and lossy; a firm's loop keeps what they leave behind (${run}).`,
    );
    expect(firstRebuttal).toMatch(/^Rebuttal #/);

    await expect(target.getByText("Status: Answered")).toBeVisible();
    await expect(panelLink(page, objection)).toHaveCount(0);
    // The objection is answered, so the position's unanswered count drops by one.
    await expectPositionUnansweredCount(page, againstPosition - 1);
    // A rebuttal is an answer: it stands, but it is never counted as an unanswered objection.
    await expect(claim(page, firstRebuttal).getByText("Status: Stands")).toBeVisible();
    await expect(panelLink(page, firstRebuttal)).toHaveCount(0);
    await expectUnansweredCount(page, before - 1);
    await page.context().close();
  });

  await test.step("Eli rebuts the rebuttal: the objection is unanswered again", async () => {
    const page = await signInAsDemo(browser, "eli");
    await openSeededDebate(page);
    const before = await readUnansweredCount(page);
    const againstPosition = await positionUnansweredCount(page);
    const rebuttal = claim(page, firstRebuttal);
    await rebuttal.getByRole("button", { name: /^Rebut\b/ }).click();
    const secondRebuttal = await postReply(
      page,
      rebuttal,
      "rebuttal",
      `What people leave behind is exactly what they were never asked about (${run}).`,
    );

    // The first rebuttal, on the position's side, is challenged (never "answered").
    await expect(claim(page, firstRebuttal).getByText("Status: Challenged")).toBeVisible();
    await expect(claim(page, objection).getByText("Status: Unanswered")).toBeVisible();
    await expectPositionUnansweredCount(page, againstPosition + 1);
    // The objection reopens, counted once; the panel says what to answer to close it.
    await expect(panelLink(page, objection)).toBeVisible();
    const secondNumber = secondRebuttal.split(" ")[1];
    await expect(unansweredPanel(page)).toContainText(
      `Reopened: answer ${secondNumber} to close it`,
    );
    await expectUnansweredCount(page, before + 1);
    await page.context().close();
  });

  await test.step("Ben, facilitator, concedes the objection: it leaves the panel", async () => {
    const page = await signInAsDemo(browser, "ben");
    await openSeededDebate(page);
    const before = await readUnansweredCount(page);
    const target = claim(page, objection);
    await target.getByRole("button", { name: /^Resolve…/ }).click();
    const number = objection.split(" ")[1];
    const dialog = page.getByRole("dialog", { name: `Resolve objection ${number}` });
    await dialog.getByRole("radio", { name: "Conceded" }).check();
    await dialog.getByLabel("Note (optional)").fill("Fair point, we accept it");
    await dialog.getByRole("button", { name: "Resolve objection" }).click();
    await expect(dialog).toBeHidden();

    await expect(target.getByText("Status: Conceded")).toBeVisible();
    await expect(target).toContainText("Conceded by Ben Lindqvist — Fair point, we accept it");
    await expect(panelLink(page, objection)).toHaveCount(0);
    await expectUnansweredCount(page, before - 1);
    await expect(target.getByRole("button", { name: /^Reopen\b/ })).toBeVisible();
    await target.getByRole("button", { name: /^Why\?/ }).click();
    await expect(page.getByRole("dialog", { name: `Why is ${number} conceded?` })).toContainText(
      `Objection ${number} stands because it was conceded`,
    );
    await page.context().close();
  });
});

test("an observer reads and exports the debate but is offered no way to post", async ({
  browser,
}) => {
  const page = await signInAsDemo(browser, "fran");
  await openSeededDebate(page);
  await expect(page.getByRole("article", { name: /^Position #\d+$/ }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: /^(Object|Rebut|Support)\b/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^(Add a position|Resolve…)/ })).toHaveCount(0);
  // Reading what the server worked out is open to everyone.
  await page
    .getByRole("article", { name: /^Position #\d+$/ })
    .first()
    .getByRole("button", { name: /^Why\?/ })
    .click();
  await expect(page.getByRole("dialog")).toContainText(/(stands|is answered) because/);
  await page.keyboard.press("Escape");

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.steelman\.json$/);
  const path = await file.path();
  const exported = JSON.parse(await readFile(path, "utf8"));
  expect(exported).toMatchObject({ format: "steelman.debate", debate: { question: QUESTION } });

  const apxDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export APX" }).click();
  const apx = await apxDownload;
  expect(apx.suggestedFilename()).toMatch(/\.apx$/);
  expect(await readFile(await apx.path(), "utf8")).toMatch(/^att\(\w+,\w+\)\.$/m);
  await page.context().close();
});
