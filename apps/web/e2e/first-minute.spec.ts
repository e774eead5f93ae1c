import { expect, type Page, test } from "@playwright/test";
import { escapeRegExp, openSeededDebate, signInAsDemo } from "./demo-debate";

// The first minute with Steelman: the demo shows the whole product, a phone
// reaches the open objections from the top, and guests are offered only what
// they may do.
const PILOT = "How do we start a learning loop of our own without mining our own people?";

async function openPilotDebate(page: Page) {
  await page.goto("/w/demo");
  await page
    .getByRole("region", { name: "Debates" })
    .getByRole("link", { name: new RegExp(escapeRegExp(PILOT)) })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: PILOT })).toBeVisible();
}

test("the demo shows decisions, drift, a closed ranked-choice vote and a named activity history", async ({
  browser,
}) => {
  const ada = await signInAsDemo(browser, "ada");

  await test.step("The decision log holds a superseded decision and one flagged by drift", async () => {
    await ada.goto("/w/demo/decisions");
    await expect(ada.getByRole("heading", { level: 1, name: "Decision log" })).toBeVisible();
    await expect(
      ada.getByRole("link", { name: /Pilot in March with the support team/ }),
    ).toContainText("Premise contested");
    await expect(ada.getByRole("link", { name: /The support team pilots first/ })).toContainText(
      "Superseded",
    );
  });

  await test.step("The pilot debate shows its closed votes: ranked choice round by round", async () => {
    await openPilotDebate(ada);
    const ranked = ada.getByRole("region", { name: "Which team pilots first?" });
    await expect(ranked).toContainText("Closed");
    await expect(ranked).toContainText("Outcome:");
    await ranked.getByText("How the votes fell").click();
    const rounds = ranked.getByRole("table", { name: "Instant-runoff rounds" });
    await expect(rounds.getByRole("rowheader")).toHaveCount(2);
    await expect(ada.getByRole("region", { name: "Pilot in March" })).toContainText("Closed");
  });

  await test.step("Its activity names what it speaks of, days back", async () => {
    await ada.getByRole("link", { name: "Activity" }).first().click();
    await expect(ada.getByRole("heading", { level: 1, name: "Activity" })).toBeVisible();
    await expect(
      ada.getByText(/closed proposal “Pilot in March”: consented/).first(),
    ).toBeVisible();
    await expect(
      ada.getByText(/parked (objection|rebuttal) #\d+: Portability belongs/),
    ).toBeVisible();
    await expect(ada.getByText(/recorded the decision “Pilot in March/)).toBeVisible();
    await expect(ada.getByText("A proposal closed")).toHaveCount(0);
  });

  await ada.context().close();
});

test("on a phone the unanswered objections are reachable from the top", async ({ browser }) => {
  const chloe = await signInAsDemo(browser, "chloe");
  await chloe.setViewportSize({ width: 390, height: 844 });
  await openSeededDebate(chloe);
  // Not the header's link, which jumps to the panel below the whole outline: a summary up here.
  const summary = chloe
    .getByRole("group", { name: "Unanswered objections" })
    .getByText(/^\d+ unanswered objections?$/);
  await expect(summary).toBeInViewport();
  await summary.click();
  const list = chloe.getByRole("list", { name: "Unanswered objections, newest first" });
  await expect(list).toBeInViewport();
  const first = list.getByRole("link").first();
  const number = /#(\d+)/.exec((await first.textContent()) ?? "")?.[1];
  expect(number).toBeTruthy();
  await first.click();
  await expect(
    chloe.getByRole("article", { name: new RegExp(`^(Objection|Rebuttal) #${number}$`) }),
  ).toBeInViewport();
  await chloe.context().close();
});

test("a guest in the rebuttal phase is offered replies, not a new position nor the decision log", async ({
  browser,
}) => {
  const run = Date.now().toString(36);
  const question = `Should the pilot log every reply? (${run})`;
  const ben = await signInAsDemo(browser, "ben");

  await test.step("Ben opens a debate with a position, moves it to rebuttal and lets guests in", async () => {
    await ben.goto("/w/demo");
    await ben.getByLabel("Question").fill(question);
    await ben.getByRole("button", { name: "Open debate" }).click();
    await expect(ben.getByRole("heading", { level: 1, name: question })).toBeVisible();
    await ben.getByRole("button", { name: "Add a position" }).click();
    await ben.getByLabel("Your position").fill("Only the replies of agents who opted in.");
    await ben.getByRole("button", { name: "Post position" }).click();
    await expect(ben.getByRole("article", { name: /^Position #\d+$/ })).toBeVisible();
    await ben.getByRole("button", { name: "Run the workshop" }).click();
    await ben.getByLabel("Next phase").selectOption("rebuttal");
    await ben.getByRole("button", { name: "Move to rebuttal" }).click();
    await expect(ben.getByRole("region", { name: "Phase and timer" })).toContainText("Rebuttal");
    await expect(ben.getByRole("button", { name: "Add a position" })).toHaveCount(0);
    await ben.getByLabel("Guests join as").selectOption("member");
    await ben.getByRole("button", { name: "Let guests join" }).click();
  });

  const link = await ben.getByLabel("Join link").inputValue();
  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  await test.step("The guest sees replies offered, and nothing they could not do or open", async () => {
    await guest.goto(new URL(link).pathname);
    await guest.getByLabel("Your name").fill(`Gus ${run.slice(-4)}`);
    await guest.getByRole("button", { name: "Join the debate" }).click();
    await expect(guest.getByRole("heading", { level: 1, name: question })).toBeVisible();
    const position = guest.getByRole("article", { name: /^Position #\d+$/ });
    await expect(position.getByRole("button", { name: /^Object to #\d+$/ })).toBeVisible();
    await expect(guest.getByRole("button", { name: "Add a position" })).toHaveCount(0);
    await expect(guest.getByRole("link", { name: "Decision log" })).toHaveCount(0);
  });

  await guestContext.close();
  await ben.context().close();
});
