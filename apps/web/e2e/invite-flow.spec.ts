import { expect, test } from "@playwright/test";
import { fillSignUp, newPerson } from "./test-accounts";

test("an owner invites a facilitator, who signs up through the link and joins", async ({
  browser,
}) => {
  const owner = newPerson("Ada");
  const invitee = newPerson("Bo");
  const workspaceName = `Policy circle ${Date.now()}`;

  // Person A: sign up, create a workspace, create a facilitator invite link.
  const contextA = await browser.newContext();
  const pageA = await contextA.newPage();
  await pageA.goto("/sign-up");
  await fillSignUp(pageA, owner);
  await expect(pageA).toHaveURL(/\/workspaces$/);
  await expect(pageA.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(pageA.getByRole("banner")).toContainText(owner.displayName);

  await pageA.getByLabel("Workspace name").fill(workspaceName);
  await pageA.getByRole("button", { name: "Create workspace", exact: true }).click();
  await expect(pageA).toHaveURL(/\/w\/[^/]+$/);
  const workspaceUrl = pageA.url();
  await expect(pageA.getByRole("heading", { name: workspaceName, level: 1 })).toBeVisible();

  await pageA.getByLabel("Invite as").selectOption("facilitator");
  await pageA.getByRole("button", { name: "Create invite link" }).click();
  const linkField = pageA.getByLabel("Invite link");
  await expect(linkField).toHaveValue(/\/invite\/\S+$/);
  const inviteLink = await linkField.inputValue();
  expect(inviteLink.startsWith(`${new URL(pageA.url()).origin}/invite/`)).toBe(true);
  await expect(
    pageA.getByRole("table", { name: "Invitations" }).getByRole("row", { name: /Facilitator/ }),
  ).toContainText("Pending");

  // Person B, in a separate browser context: open the link, sign up, come back, join.
  const contextB = await browser.newContext();
  const pageB = await contextB.newPage();
  await pageB.goto(inviteLink);
  await expect(
    pageB.getByRole("heading", { name: `Join ${workspaceName} on Steelman` }),
  ).toBeVisible();
  await expect(pageB.getByRole("main")).toContainText("Facilitator");
  await pageB.getByRole("main").getByRole("link", { name: "Create account" }).click();
  await expect(pageB).toHaveURL(/\/sign-up\?next=/);
  await fillSignUp(pageB, invitee);

  await expect(pageB).toHaveURL(inviteLink);
  await pageB.getByRole("button", { name: `Join ${workspaceName}` }).click();
  await expect(pageB).toHaveURL(workspaceUrl);
  await expect(pageB.getByRole("heading", { name: workspaceName, level: 1 })).toBeVisible();
  const membersForB = pageB.getByRole("table", { name: `Members of ${workspaceName}` });
  const selfRow = membersForB.getByRole("row", { name: new RegExp(invitee.displayName) });
  await expect(selfRow).toContainText("(you)");
  await expect(selfRow.getByRole("cell").first()).toHaveText("Facilitator");
  // Facilitators may invite people too, but not as owners.
  await expect(pageB.getByLabel("Invite as").locator("option[value=owner]")).toHaveCount(0);

  // Person A reloads and sees B as facilitator.
  await pageA.reload();
  const membersForA = pageA.getByRole("table", { name: `Members of ${workspaceName}` });
  const rowOfB = membersForA.getByRole("row", { name: new RegExp(invitee.displayName) });
  await expect(rowOfB.getByLabel(`Role for ${invitee.displayName}`)).toHaveValue("facilitator");
  await expect(
    pageA.getByRole("table", { name: "Invitations" }).getByRole("row", { name: /Facilitator/ }),
  ).toContainText("Accepted");

  // The link is single-use: opening it again says so.
  await pageB.goto(inviteLink);
  await expect(pageB.getByRole("main").getByRole("alert")).toContainText("already been used");

  await contextA.close();
  await contextB.close();
});
