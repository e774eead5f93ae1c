import { type Browser, expect, type Page, test } from "@playwright/test";

// The demo workspace and essay debate every fresh database is seeded with.
const DEMO_PASSWORD = "steelman-demo";
const QUESTION = "Should every firm build and own its own learning loop?";

async function signIn(browser: Browser, name: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(`${name}@demo.steelman.test`);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/workspaces$/);
  return page;
}

async function openDebate(page: Page) {
  await page.goto("/w/demo");
  await page.getByRole("region", { name: "Debates" }).getByRole("link", { name: QUESTION }).click();
  await expect(page.getByRole("heading", { level: 1, name: QUESTION })).toBeVisible();
}

test("a ranked-choice ballot is ordered by keyboard and counted round by round", async ({
  browser,
}) => {
  const title = `Which team pilots the loop first (${Date.now().toString(36)})`;
  const proposal = (page: Page) => page.getByRole("region", { name: title });

  const ben = await signIn(browser, "ben");
  await openDebate(ben);
  await ben.getByRole("button", { name: "Put a proposal to the group" }).click();
  await ben.getByLabel("Proposal", { exact: true }).fill(title);
  await ben.getByLabel("Voting method").selectOption({ label: "Ranked choice" });
  await ben.getByLabel("Option 1", { exact: true }).fill("Support desk");
  await ben.getByLabel("Option 2", { exact: true }).fill("Underwriting");
  await ben.getByRole("button", { name: "Add option" }).click();
  await expect(ben.getByLabel("Option 3", { exact: true })).toBeFocused();
  await ben.keyboard.type("Legal review");
  await ben.getByRole("button", { name: "Open the vote" }).click();
  await expect(proposal(ben)).toContainText("Ranked choice");

  const chloe = await signIn(browser, "chloe");
  await openDebate(chloe);
  const ballot = proposal(chloe);
  await ballot.getByRole("button", { name: "Rank Underwriting" }).click();
  await ballot.getByRole("button", { name: "Rank Legal review" }).click();
  // Legal review moves to the top by keyboard; focus stays with it.
  await ballot.getByRole("button", { name: "Move up: Legal review" }).focus();
  await chloe.keyboard.press("Enter");
  await expect(ballot.getByRole("button", { name: "Move down: Legal review" })).toBeFocused();
  const ranking = ballot.getByRole("list", { name: "Your ranking, most preferred first" });
  await expect(ranking.getByRole("listitem")).toHaveText([
    /^1\.\s*Legal review/,
    /^2\.\s*Underwriting/,
  ]);
  await ballot.getByRole("button", { name: "Cast my ballot" }).click();
  await expect(ballot).toContainText("Your ballot: 1. Legal review, 2. Underwriting");

  await ben.reload();
  await proposal(ben).getByRole("button", { name: "Rank Legal review" }).click();
  await proposal(ben).getByRole("button", { name: "Cast my ballot" }).click();
  await expect(proposal(ben)).toContainText("2 ballots");
  await proposal(ben).getByRole("button", { name: "Close now" }).click();
  await ben.getByRole("dialog").getByRole("button", { name: "Close now" }).click();
  await expect(proposal(ben)).toContainText("Outcome: Legal review chosen");
  await proposal(ben).getByText("How the votes fell").click();
  const rounds = proposal(ben).getByRole("table", { name: "Instant-runoff rounds" });
  await expect(rounds.getByRole("row", { name: /^1 / })).toHaveText(
    /^1\s*0\s*0\s*2\s*0\s*—\s*Legal review$/,
  );
  for (const page of [ben, chloe]) await page.context().close();
});
