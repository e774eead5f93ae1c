import { type APIRequestContext, expect, type Page, request, test } from "@playwright/test";

// Eight guests vote in two camps through the API (for speed); Ben, the demo
// facilitator, opens the debate's groups page and sees two groups and the
// objection that splits them.
const DEMO_PASSWORD = "steelman-demo";

type Json = Record<string, unknown>;

/** Calls a tRPC procedure over HTTP as the browser would (superjson, same origin). */
async function call<T>(
  api: APIRequestContext,
  baseURL: string,
  path: string,
  input: Json,
  kind: "query" | "mutation" = "mutation",
): Promise<T> {
  const body = { json: input };
  const response =
    kind === "query"
      ? await api.get(
          Object.keys(input).length === 0
            ? `/trpc/${path}`
            : `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(body))}`,
        )
      : await api.post(`/trpc/${path}`, { data: body, headers: { origin: baseURL } });
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

async function signIn(page: Page, name: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(`${name}@demo.steelman.test`);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/workspaces$/);
}

test("eight people vote in two camps; the groups page shows two groups and the objection that splits them", async ({
  page,
  baseURL,
}) => {
  const origin = baseURL ?? "";
  const run = Date.now().toString(36);
  const splitting = `Four days squeeze the same work into longer days (${run})`;
  const shared = `Clients still need someone on Fridays (${run})`;
  let debatePath = "";

  await test.step("Ben opens a debate with a position and two objections, and a join code", async () => {
    await signIn(page, "ben");
    const ben = page.request;
    const workspaces = await call<Array<{ id: string; slug: string }>>(
      ben,
      origin,
      "workspace.list",
      {},
      "query",
    );
    const workspace = workspaces.find((w) => w.slug === "demo");
    expect(workspace).toBeDefined();
    const debate = await call<{ id: string }>(ben, origin, "debate.create", {
      workspaceId: workspace!.id,
      question: `Should we adopt a four-day week? (${run})`,
    });
    const post = (kind: string, targetId: string | null, body: string) =>
      call<{ id: string }>(ben, origin, "claim.post", {
        debateId: debate.id,
        kind,
        targetId,
        body,
      });
    const position = await post("position", null, "Yes, adopt a four-day week");
    const o1 = await post("objection", position.id, splitting);
    const o2 = await post("objection", position.id, shared);
    const support = await post("support", position.id, "People come back rested");
    const { code } = await call<{ code: string }>(ben, origin, "workshop.openJoinCode", {
      debateId: debate.id,
      role: "member",
    });
    debatePath = `/w/${workspace!.slug}/d/${debate.id}`;

    await test.step("eight guests join and vote in two camps", async () => {
      for (let person = 0; person < 8; person++) {
        const guest = await request.newContext({ baseURL: origin });
        await call(guest, origin, "guest.join", { code, displayName: `Voter ${person} ${run}` });
        const campA = person < 4;
        const votes: Array<[string, string]> = [
          [position.id, campA ? "agree" : "disagree"],
          [o1.id, campA ? "disagree" : "agree"],
          [o2.id, "agree"],
          [support.id, campA ? "agree" : "disagree"],
        ];
        for (const [claimId, agreement] of votes)
          await call(guest, origin, "claim.vote", { claimId, agreement });
        await guest.dispose();
      }
    });
  });

  await test.step("Ben follows the Groups link and sees two groups of four", async () => {
    await page.goto(debatePath);
    await page
      .getByRole("navigation", { name: "Views of this debate" })
      .getByRole("link", { name: "Groups" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Opinion groups" })).toBeVisible();
    await expect(page.getByText("2 opinion groups found from the votes on claims.")).toBeVisible();
    await expect(
      page.getByRole("img", { name: /group A: 4 people; group B: 4 people/ }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: "Group A · 4 people" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Group B · 4 people" })).toBeVisible();
  });

  await test.step("the table flags the objection that splits them, and not the one all share", async () => {
    const table = page.getByRole("table", { name: /Unanswered objections/ });
    const splitRow = table.getByRole("row", {
      name: new RegExp(splitting.replace(/[()]/g, "\\$&")),
    });
    await expect(splitRow).toContainText("Splits the groups");
    await expect(splitRow).toContainText("holds it");
    await expect(splitRow).toContainText("dismisses it");
    const sharedRow = table.getByRole("row", { name: new RegExp(shared.replace(/[()]/g, "\\$&")) });
    await expect(sharedRow).not.toContainText("Splits the groups");
    const commonGround = page.getByRole("region", { name: "Common ground" });
    await expect(commonGround).toContainText(shared);
  });

  await test.step("the projector's groups view shows the room and the objection that splits it", async () => {
    await page.goto(`${debatePath}/projector`);
    await page.getByRole("button", { name: "Show the opinion groups" }).click();
    const groups = page.getByRole("region", { name: "Opinion groups" });
    await expect(groups.getByRole("img", { name: /group A: 4 people/ })).toBeVisible();
    await expect(groups).toContainText(splitting);
    await expect(groups).toContainText("Held by group");
    await expect(groups).not.toContainText(shared);
  });
});
