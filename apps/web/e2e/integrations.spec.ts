import { expect, request as playwrightRequest, test } from "@playwright/test";
import { fillSignUp, newPerson } from "./test-accounts";

test("an API token is shown once, works as a Bearer token, and stops working when revoked", async ({
  page,
  baseURL,
}) => {
  const person = newPerson("Tokens");
  await page.goto("/sign-up");
  await fillSignUp(page, person);
  await expect(page).toHaveURL(/\/workspaces$/);
  await page.getByLabel("Workspace name").fill(`Scripts ${person.displayName}`);
  await page.getByRole("button", { name: "Create workspace", exact: true }).click();
  await expect(page).toHaveURL(/\/w\/[^/]+$/);
  // Owners find the webhooks there.
  await expect(page.getByRole("heading", { name: "Webhooks" })).toBeVisible();

  await page.goto("/account");
  await page.getByLabel("Token name").fill("Chat bot");
  await page.getByLabel("Access").selectOption("read");
  await page.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByLabel("Your new API token");
  await expect(shown).toHaveValue(/^stm_\S+$/);
  const token = await shown.inputValue();
  await expect(page.getByRole("listitem").filter({ hasText: "Chat bot" })).toContainText(
    "Read only",
  );

  // Shown once: after a reload only its prefix is left.
  await page.reload();
  await expect(page.getByRole("listitem").filter({ hasText: "Chat bot" })).toBeVisible();
  await expect(page.getByLabel("Your new API token")).toHaveCount(0);
  await expect(page.getByText(token)).toHaveCount(0);

  // A script, without the browser's cookies, uses the token.
  const workspaces = await page.request.get("/trpc/workspace.list");
  const workspaceId = (await workspaces.json()).result.data.json[0].id as string;
  const script = await playwrightRequest.newContext({ baseURL });
  const input = encodeURIComponent(JSON.stringify({ json: { workspaceId } }));
  const read = () =>
    script.get(`/trpc/debate.list?input=${input}`, {
      headers: { authorization: `Bearer ${token}` },
    });
  expect((await read()).status()).toBe(200);

  await page.getByRole("button", { name: "Revoke" }).click();
  await page.getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByText("You have no API tokens.")).toBeVisible();
  expect((await read()).status()).toBe(401);
  await script.dispose();
});
