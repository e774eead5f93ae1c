import { type Browser, expect, type Page, test } from "@playwright/test";

// The demo workspace and essay debate every fresh database is seeded with.
const DEMO_PASSWORD = "steelman-demo";
const QUESTION = "Should every firm build and own its own learning loop?";
/** How soon a change must reach every other screen, without a reload. */
const LIVE_MS = 2_000;

async function signIn(browser: Browser, name: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(`${name}@demo.steelman.test`);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/workspaces$/);
  return page;
}

function phaseBar(page: Page) {
  return page.getByRole("region", { name: "Phase and timer" });
}

/** Waits until the page follows the debate's live stream (so what follows is not a reload). */
async function expectLive(page: Page) {
  await expect(page.getByText("Live", { exact: true })).toBeVisible();
}

/** Marks the page; `expectNotReloaded` fails if it was loaded again since. */
async function markPage(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { steelmanMark?: boolean }).steelmanMark = true;
  });
}

async function expectNotReloaded(page: Page) {
  const marked = await page.evaluate(
    () => (window as unknown as { steelmanMark?: boolean }).steelmanMark === true,
  );
  expect(marked).toBe(true);
}

test("a guest joins by code, objects live, and voting waits until each objection is parked", async ({
  browser,
}) => {
  const run = Date.now().toString(36);
  const guestName = `Gita ${run.slice(-4)}`;
  const objectionText = `Small firms cannot staff a learning loop at all (${run}).`;
  let debatePath = "";
  let code = "";
  let objection = "";

  const ben = await signIn(browser, "ben");
  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  const projector = await ben.context().newPage();

  await test.step("Ben opens a join code for members on the seeded debate", async () => {
    await ben.goto("/w/demo");
    await ben
      .getByRole("region", { name: "Debates" })
      .getByRole("link", { name: new RegExp(QUESTION.replace("?", "\\?")) })
      .click();
    await expect(ben.getByRole("heading", { level: 1, name: QUESTION })).toBeVisible();
    debatePath = new URL(ben.url()).pathname;
    await ben.getByRole("button", { name: "Run the workshop" }).click();
    await ben.getByLabel("Guests join as").selectOption("member");
    await ben.getByRole("button", { name: "Let guests join" }).click();
    const link = await ben.getByLabel("Join link").inputValue();
    expect(link).toMatch(/\/join\/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    code = link.split("/").at(-1)!;
    await expect(ben.getByText("Guests join as members.")).toBeVisible();
    await expect(ben.getByRole("img", { name: `QR code for ${link}` })).toBeVisible();
  });

  await test.step("Ben puts the projector view up in another tab", async () => {
    await projector.goto(`${debatePath}/projector`);
    await expect(projector.getByRole("heading", { level: 1, name: QUESTION })).toBeVisible();
    await expect(projector.getByRole("region", { name: "Join this debate" })).toContainText(code);
    await expectLive(projector);
    await markPage(projector);
  });

  await test.step("A guest opens the code's link, gives a name and lands on the debate", async () => {
    await guest.goto(`/join/${code}`);
    await expect(guest.getByText(QUESTION)).toBeVisible();
    await expect(guest.getByText("You will join as a member")).toBeVisible();
    await guest.getByLabel("Your name").fill(guestName);
    await guest.getByRole("button", { name: "Join the debate" }).click();
    await expect(guest).toHaveURL(new RegExp(`${debatePath}$`));
    await expect(guest.getByRole("heading", { level: 1, name: QUESTION })).toBeVisible();
    const header = guest.getByRole("banner");
    await expect(header.getByText(guestName)).toBeVisible();
    await expect(header.getByText("Guest", { exact: true })).toBeVisible();
    await expect(header.getByRole("link", { name: "Workspaces" })).toHaveCount(0);
    await expectLive(guest);
    await markPage(guest);
  });

  await test.step("Joining again from the same browser continues as the same guest", async () => {
    const again = await guestContext.newPage();
    await again.goto(`/join/${code.toLowerCase().replaceAll("-", "")}`);
    await expect(again.getByText("you continue as the same guest")).toBeVisible();
    await expect(again.getByLabel("Your name")).toHaveCount(0);
    await again.getByRole("button", { name: `Continue as ${guestName}` }).click();
    await expect(again).toHaveURL(new RegExp(`${debatePath}$`));
    await expect(again.getByRole("banner").getByText(guestName)).toBeVisible();
    await again.close();
    await expect(ben.getByText("Admitted 1 (no limit)")).toBeVisible({ timeout: LIVE_MS });
    await expect(ben.getByRole("button", { name: "Renew code" })).toBeVisible();
  });

  await test.step("The guest objects; Ben's page and projector show it within two seconds", async () => {
    await expectLive(ben);
    await markPage(ben);
    const position = guest.getByRole("article", { name: /^Position #\d+$/ }).first();
    await position.getByRole("button", { name: /^Object to #\d+$/ }).click();
    await position.getByLabel("Your objection").fill(objectionText);
    await position.getByRole("button", { name: "Post objection" }).click();
    // The new objection's own article (the position's, with its composer, may hold the text too).
    const posted = guest
      .getByRole("article", { name: /^Objection #\d+$/ })
      .filter({ hasText: objectionText });
    await expect(posted).toBeVisible();
    objection = (await posted.getAttribute("aria-label")) ?? "";
    expect(objection).toMatch(/^Objection #\d+$/);

    await expect(ben.getByRole("article", { name: objection, exact: true })).toContainText(
      objectionText,
      { timeout: LIVE_MS },
    );
    await expect(projector.getByRole("region", { name: "Newest claims" })).toContainText(
      objectionText,
      { timeout: LIVE_MS },
    );
    await expect(ben.getByRole("article", { name: objection, exact: true })).toContainText(
      guestName,
    );
    await expectNotReloaded(ben);
    await expectNotReloaded(projector);
  });

  await test.step("Voting is refused while objections are unanswered, naming them", async () => {
    await ben.getByLabel("Next phase").selectOption("voting");
    await ben.getByLabel("Timer in minutes").fill("10");
    await ben.getByRole("button", { name: "Move to voting" }).click();
    const refusal = ben.getByRole("alert").filter({ hasText: "Voting cannot start" });
    await expect(refusal).toContainText("unanswered");
    await expect(refusal).toContainText(objection.replace("Objection ", ""));
    await expect(phaseBar(guest)).toContainText("Open");
  });

  await test.step("Ben parks each unanswered objection with a reason and starts voting", async () => {
    const parking = ben.getByRole("group", { name: "Park objections" });
    const reasons = parking.getByRole("textbox", {
      name: /^Reason for parking (objection|rebuttal) #\d+$/,
    });
    const count = await reasons.count();
    expect(count).toBeGreaterThan(0);
    await expect(
      parking.getByRole("textbox", { name: `Reason for parking ${objection.toLowerCase()}` }),
    ).toBeVisible();
    for (let i = 0; i < count; i++) await reasons.nth(i).fill(`Out of scope for today (${i + 1})`);
    await ben.getByRole("button", { name: /^Park .* and start voting$/ }).click();
    await expect(phaseBar(ben)).toContainText("Voting");
    await expect(parking).toHaveCount(0);
    // Parking leaves a mark: still open (counted), read as parked, with its reason, everywhere.
    const parked = ben.getByRole("article", { name: objection, exact: true });
    await expect(parked.getByText("Status: Parked")).toBeVisible();
    await expect(parked).toContainText("Parked: Out of scope for today");
    await expect(ben.getByRole("complementary", { name: "Unanswered objections" })).toContainText(
      "Parked: Out of scope for today",
    );
    await expect(
      guest.getByRole("article", { name: objection, exact: true }).getByText("Status: Parked"),
    ).toBeVisible({ timeout: LIVE_MS });
    await expect(projector.getByRole("region", { name: "Counters" })).toContainText(
      "of them parked",
      { timeout: LIVE_MS },
    );
  });

  await test.step("The guest and the projector see voting and its countdown, live", async () => {
    await expect(phaseBar(guest)).toContainText("Voting", { timeout: LIVE_MS });
    await expect(phaseBar(guest)).toContainText(/(10:00|09:[0-5]\d) left/, { timeout: LIVE_MS });
    await expect(phaseBar(projector)).toContainText("Voting", { timeout: LIVE_MS });
    await expect(phaseBar(projector)).toContainText(/(10:00|09:[0-5]\d)/);
    // The clock runs: a later reading is lower.
    const first = (await phaseBar(guest).textContent()) ?? "";
    await guest.waitForTimeout(1_500);
    expect((await phaseBar(guest).textContent()) ?? "").not.toEqual(first);
    await expectNotReloaded(guest);
    await expectNotReloaded(projector);
  });

  await test.step("Closing the code turns new guests away", async () => {
    await ben.getByRole("button", { name: "Close code" }).click();
    await expect(ben.getByRole("button", { name: "Let guests join" })).toBeVisible();
    await expect(projector.getByRole("region", { name: "Join this debate" })).toHaveCount(0, {
      timeout: LIVE_MS,
    });
    const late = await browser.newPage();
    await late.goto(`/join/${code}`);
    await expect(
      late.getByRole("alert").filter({ hasText: "closed this join code" }),
    ).toBeVisible();
    await late.close();
  });

  await guestContext.close();
  await ben.context().close();
});
