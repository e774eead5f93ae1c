import { readFile } from "node:fs/promises";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { escapeRegExp, openSeededDebate, signInAsDemo } from "./demo-debate";

/** The claim of the outline whose text contains `text`. */
function claimWith(page: Page, text: string): Locator {
  return page.getByRole("article").filter({ hasText: text });
}

/** A reply just posted: its own article (an objection), not its parent's, whose composer may still hold the text. */
function postedReply(page: Page, text: string): Locator {
  return page.getByRole("article", { name: /^Objection #\d+$/ }).filter({ hasText: text });
}

function unansweredPanel(page: Page) {
  return page.getByRole("complementary", { name: "Unanswered objections" });
}

async function unansweredCount(page: Page): Promise<number> {
  const heading = unansweredPanel(page).getByRole("heading", { name: /^Unanswered \(\d+\)$/ });
  return Number(/\((\d+)\)/.exec((await heading.textContent()) ?? "")?.[1]);
}

async function rebut(page: Page, target: Locator, text: string) {
  await target.getByRole("button", { name: /^Rebut\b/ }).click();
  await target.getByLabel("Your rebuttal").fill(text);
  await target.getByRole("button", { name: "Post rebuttal" }).click();
  // The composer closes once the post settles; until then the target holds the text too.
  await expect(target.getByLabel("Your rebuttal")).toHaveCount(0);
  await expect(claimWith(page, text)).toBeVisible();
}

/** The seeded support the decision rests on: it stands when the decision is recorded. */
const PREMISE = "A genuinely distributed outcome needs forces that push against the loop";

test("a consent proposal with an answered block becomes a decision, flagged when its premise falls", async ({
  browser,
}) => {
  // A long journey of four people; each step is quick, but there are many.
  test.setTimeout(180_000);
  const run = Date.now().toString(36);
  const title = `Pilot a shared learning loop with two partner firms (${run})`;
  const blockReason = `Partners would read our traces before we know what they reveal (${run}).`;
  const answer = `The pilot shares only aggregate evaluations, never raw traces (${run}).`;
  const counter = `Aggregates of a few firms can be traced back to the people in them (${run}).`;
  const lateObjection = `Nobody asked the support staff whose judgment the pilot records (${run}).`;
  const premiseObjection = `The pitch's own firms would run the same loop on us (${run}).`;
  const outcome = `Run a six-month learning-loop pilot with two partner firms (${run})`;
  const proposal = (page: Page) => page.getByRole("region", { name: title });

  const ben = await signInAsDemo(browser, "ben");
  await test.step("Ben, facilitator, puts a consent proposal to the group", async () => {
    await openSeededDebate(ben);
    await ben.getByRole("button", { name: "Put a proposal to the group" }).click();
    await ben.getByLabel("Proposal", { exact: true }).fill(title);
    await expect(ben.getByLabel("Voting method")).toHaveValue("consent");
    await ben.getByRole("button", { name: "Open the vote" }).click();
    await expect(proposal(ben)).toContainText("Consent");
    await expect(proposal(ben)).toContainText("Open");
    await expect(proposal(ben)).toContainText("0 ballots");
    // The proposal is also a claim of the outline, so that objections (blocks) can target it,
    // listed apart from the positions.
    await expect(claimWith(ben, title).getByText("Status: Stands")).toBeVisible();
    await expect(ben.getByRole("article", { name: /^Proposal #\d+$/ })).toContainText(title);
    // It is part of the argument map's text too.
    const argdown = ben.waitForEvent("download");
    await ben.getByRole("button", { name: "Export Argdown" }).click();
    const argdownFile = await argdown;
    expect(argdownFile.suggestedFilename()).toMatch(/\.argdown$/);
    // Argdown escapes punctuation so its parser reads the text back exactly; the words stay.
    expect(await readFile(await argdownFile.path(), "utf8")).toContain(
      "Pilot a shared learning loop with two partner firms",
    );
  });

  const chloe = await signInAsDemo(browser, "chloe");
  await test.step("Chloé agrees to the proposal, and votes Agree on its claim", async () => {
    await openSeededDebate(chloe);
    await proposal(chloe)
      .getByRole("radio", { name: /^Agree/ })
      .check();
    await proposal(chloe).getByRole("button", { name: "Cast my ballot" }).click();
    await expect(proposal(chloe)).toContainText("Your ballot: Agree");
    await expect(proposal(chloe)).toContainText("1 ballot");

    const claim = claimWith(chloe, title);
    await expect(claim).not.toContainText("agree ·");
    await claim.getByRole("button", { name: /^Vote on #\d+$/ }).click();
    await claim.getByRole("radio", { name: "Agree", exact: true }).check();
    await claim.getByRole("button", { name: "Save vote" }).click();
    await expect(claim).toContainText("1 agree · 0 unsure · 0 disagree");
    await expect(claim).toContainText("Your vote: Agree");
    await expect(claim.getByRole("button", { name: /^Change vote on #\d+$/ })).toBeFocused();
  });

  const dev = await signInAsDemo(browser, "dev");
  await test.step("Dev blocks with a reason: the block is an unanswered objection", async () => {
    await openSeededDebate(dev);
    const before = await unansweredCount(dev);
    await proposal(dev)
      .getByRole("radio", { name: /^Block/ })
      .check();
    await expect(proposal(dev)).toContainText(
      "Your block becomes an objection everyone can answer",
    );
    // A block without a reason is refused before it is sent.
    await proposal(dev).getByRole("button", { name: "Cast my ballot" }).click();
    await expect(proposal(dev).getByLabel("Why you block")).toBeFocused();
    await proposal(dev).getByLabel("Why you block").fill(blockReason);
    await proposal(dev).getByRole("button", { name: "Cast my ballot" }).click();
    await expect(proposal(dev)).toContainText("Your ballot: Block");

    const block = claimWith(dev, blockReason);
    await expect(block).toHaveAttribute("aria-label", /^Objection #\d+$/);
    await expect(block.getByText("Status: Unanswered")).toBeVisible();
    await expect(
      unansweredPanel(dev).getByRole("link", { name: new RegExp(escapeRegExp(blockReason)) }),
    ).toBeVisible();
    await expect(unansweredPanel(dev).getByRole("heading", { level: 2 })).toHaveText(
      `Unanswered (${before + 1})`,
    );
    // While the block stands, the proposal is challenged (never "answered": it is on the for side).
    await expect(claimWith(dev, title).getByText("Status: Challenged")).toBeVisible();
  });

  const eli = await signInAsDemo(browser, "eli");
  await test.step("Eli rebuts the block: it is answered", async () => {
    await openSeededDebate(eli);
    const block = claimWith(eli, blockReason);
    await rebut(eli, block, answer);
    await expect(block.getByText("Status: Answered")).toBeVisible();
    await expect(claimWith(eli, title).getByText("Status: Stands")).toBeVisible();
  });

  await test.step("Ben closes the proposal: consented, since the block was answered", async () => {
    await ben.reload();
    await expect(proposal(ben)).toContainText("Blocks: 0 standing, 1 answered");
    await proposal(ben).getByRole("button", { name: "Close now" }).click();
    await ben
      .getByRole("dialog", { name: "Close this proposal now?" })
      .getByRole("button", { name: "Close now" })
      .click();
    await expect(proposal(ben)).toContainText("Closed");
    await expect(proposal(ben)).toContainText("Outcome: Consented");
    await expect(proposal(ben)).toContainText("2 of");
    await expect(proposal(ben).getByRole("button", { name: "Cast my ballot" })).toHaveCount(0);
  });

  let decisionUrl = "";
  await test.step("Ben records the decision, giving each open objection a disposition", async () => {
    const open = await unansweredCount(ben);
    await ben.getByRole("link", { name: "Record a decision" }).click();
    await expect(ben.getByRole("heading", { level: 1, name: "Record a decision" })).toBeVisible();
    await ben.getByLabel("From proposal (optional)").selectOption({ label: title });
    // The proposal is the decision's proposal, never one of its premises.
    await expect(ben.getByRole("checkbox", { name: new RegExp(escapeRegExp(title)) })).toHaveCount(
      0,
    );
    await ben.getByRole("checkbox", { name: new RegExp(escapeRegExp(PREMISE)) }).check();
    await ben.getByLabel("Outcome", { exact: true }).fill(outcome);
    await ben
      .getByLabel("Rationale", { exact: true })
      .fill("Consent reached; the one block was answered.");
    await ben.getByLabel("Review by (optional)").fill(`${new Date().getFullYear() + 1}-06-30`);
    await ben.getByRole("button", { name: /^Next: \d+ open objections?$/ }).click();

    const dispositions = ["Accepted risk", "Will monitor", "Out of scope"];
    for (let i = 1; i <= open; i++) {
      await expect(ben.getByRole("heading", { level: 2 })).toHaveText(`Objection ${i} of ${open}`);
      if (i === 2) {
        // Back keeps what was chosen for the one before.
        await ben.getByRole("button", { name: "Back" }).click();
        await expect(ben.getByRole("heading", { level: 2 })).toHaveText(`Objection 1 of ${open}`);
        await expect(ben.getByRole("radio", { name: /^Accepted risk/ })).toBeChecked();
        await ben.getByRole("button", { name: /^Next/ }).click();
        await expect(ben.getByRole("heading", { level: 2 })).toHaveText(`Objection 2 of ${open}`);
      }
      await ben.getByRole("radio", { name: new RegExp(`^${dispositions[(i - 1) % 3]}`) }).check();
      await ben.getByLabel("Note (optional)").fill(`Note on the ${i}th (${run})`);
      await ben.getByRole("button", { name: /^Next/ }).click();
    }
    await expect(ben.getByRole("heading", { level: 2 })).toHaveText("Review and save");
    await expect(ben.getByRole("heading", { name: `Open objections (${open})` })).toBeVisible();

    // Meanwhile Dev objects to the first position: saving meets a new open objection,
    // and the form walks Ben to it instead of losing what he wrote.
    const position = dev.getByRole("article", { name: "Position #1", exact: true });
    await position.getByRole("button", { name: /^Object\b/ }).click();
    await position.getByLabel("Your objection").fill(lateObjection);
    await position.getByRole("button", { name: "Post objection" }).click();
    await expect(postedReply(dev, lateObjection)).toBeVisible();
    await ben.getByRole("button", { name: "Save decision" }).click();
    await expect(ben.getByRole("alert").filter({ hasText: "is unanswered" })).toContainText(
      "The list of open objections was refreshed.",
    );
    await expect(ben.getByRole("heading", { level: 2 })).toHaveText(
      `Objection ${open + 1} of ${open + 1}`,
    );
    await expect(ben.getByRole("main")).toContainText(lateObjection);
    await ben.getByRole("radio", { name: /^Will monitor/ }).check();
    await ben.getByRole("button", { name: /^Next/ }).click();
    await expect(ben.getByRole("heading", { name: `Open objections (${open + 1})` })).toBeVisible();
    await ben.getByRole("button", { name: "Save decision" }).click();

    await expect(ben).toHaveURL(/\/w\/demo\/decisions\/[0-9a-f-]+$/);
    decisionUrl = ben.url();
    await expect(ben.getByRole("heading", { level: 1, name: outcome })).toBeVisible();
    await expect(ben.getByText("Status: Active")).toBeVisible();
    await expect(
      ben.getByRole("heading", { name: `Open objections at decision time (${open + 1})` }),
    ).toBeVisible();
    await expect(ben.getByRole("region", { name: "Tally" })).toContainText("Outcome: Consented");
  });

  await test.step("The decision is in the log, and its Markdown record downloads", async () => {
    await ben
      .getByRole("navigation", { name: "Breadcrumb" })
      .getByRole("link", { name: "Decision log" })
      .click();
    await expect(ben.getByRole("heading", { level: 1, name: "Decision log" })).toBeVisible();
    await ben.getByLabel("Search").fill(run);
    await ben.getByRole("button", { name: "Search" }).click();
    const entry = ben.getByRole("link", { name: new RegExp(escapeRegExp(outcome)) });
    await expect(entry).toBeVisible();
    await expect(entry).toContainText("Active");
    await entry.click();
    await expect(ben).toHaveURL(decisionUrl);

    const download = ben.waitForEvent("download");
    await ben.getByRole("button", { name: "Export Markdown" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.md$/);
    const markdown = await readFile(await file.path(), "utf8");
    expect(markdown).toContain(outcome);
    expect(markdown).toContain("Open objections");
  });

  await test.step("Chloé rebuts Eli's answer: the block stands again", async () => {
    await chloe.reload();
    await rebut(chloe, claimWith(chloe, answer), counter);
    await expect(claimWith(chloe, blockReason).getByText("Status: Unanswered")).toBeVisible();
    await expect(claimWith(chloe, title).getByText("Status: Challenged")).toBeVisible();
  });

  await test.step("Chloé objects to the premise: it is challenged", async () => {
    const premise = chloe.getByRole("article").filter({ hasText: PREMISE }).first();
    await premise.getByRole("button", { name: /^Object\b/ }).click();
    await premise.getByLabel("Your objection").fill(premiseObjection);
    await premise.getByRole("button", { name: "Post objection" }).click();
    await expect(postedReply(chloe, premiseObjection)).toBeVisible();
    await expect(premise.getByText("Status: Challenged").first()).toBeVisible();
  });

  await test.step("The decision page and the log show the premise contested", async () => {
    await ben.goto(decisionUrl);
    await expect(ben.getByText("Status: Premise contested — review")).toBeVisible();
    const premise = ben.getByRole("region", { name: "Rests on" }).getByRole("listitem");
    await expect(premise).toContainText("Then: Status: Stands");
    await expect(premise).toContainText("Now: Status: Challenged");
    await ben.goto("/w/demo/decisions");
    await ben.getByLabel("Status").selectOption({ label: "Premise contested" });
    await expect(ben.getByRole("link", { name: new RegExp(escapeRegExp(outcome)) })).toContainText(
      "Premise contested",
    );
  });

  for (const page of [ben, chloe, dev, eli]) await page.context().close();
});
