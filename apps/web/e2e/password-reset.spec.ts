// Password reset by mail, end to end: the spec runs a real SMTP server, starts
// the production build with SMTP_URL pointing at it, and follows the mailed link.
import { expect, test } from "@playwright/test";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { buildProduction, type ProductionServer, startProduction } from "./production-server";

// Ports of their own, beside the suite's and the production-build spec's (+8).
const ports = {
  web: Number(process.env.E2E_PORT ?? "3100") + 10,
  api: Number(process.env.E2E_API_PORT ?? "3101") + 10,
};
const baseURL = `http://127.0.0.1:${ports.web}`;
const EMAIL = "ben@demo.steelman.test";
const NEW_PASSWORD = "a fresh password from the reset link";

test.describe.configure({ mode: "serial" });
test.use({ baseURL });

const mails: ParsedMail[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, _session, callback) {
    simpleParser(stream).then(
      (mail) => {
        mails.push(mail);
        callback();
      },
      (error: Error) => callback(error),
    );
  },
});
// A sender that drops its connection mid-mail (the API's pooled connection
// when a server stops) is reported as an error event; unheard, it failed the
// spec under way with "read ECONNRESET". The mails the spec waits for are checked.
smtp.on("error", () => {});
let server: ProductionServer | undefined;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const address = smtp.server.address();
  if (!address || typeof address === "string") throw new Error("SMTP server has no port");
  buildProduction();
  server = await startProduction(ports, {
    database: "steelman_e2e_email",
    env: {
      SMTP_URL: `smtp://127.0.0.1:${address.port}`,
      MAIL_FROM: "Steelman <steelman@e2e.steelman.test>",
      MAIL_SECRET: "an-e2e-mail-secret-that-is-long-enough-123",
      PUBLIC_WEB_URL: baseURL,
    },
  });
});
test.afterAll(async () => {
  test.setTimeout(30_000);
  await server?.stop();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

test("a forgotten password is reset from the mailed link", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  // The sign-in form has an Email field too: wait until the new page is there.
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(EMAIL);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("status")).toContainText("If an account has this address");

  // The demo seed's notifications are mailed too: find the reset mail among them.
  const resetMails = () =>
    mails.filter(
      (mail) =>
        mail.to &&
        "text" in mail.to &&
        mail.to.text.includes(EMAIL) &&
        mail.subject === "Reset your Steelman password",
    );
  await expect.poll(() => resetMails().length).toBe(1);
  const mail = resetMails()[0]!;
  const link = /(http\S+\/reset-password\?token=[a-z2-7]+)/.exec(mail.text ?? "")?.[1];
  expect(link).toBeTruthy();

  await page.goto(link!);
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByRole("status")).toContainText("Your password is changed");
  await page.getByRole("link", { name: "Go to your workspaces" }).click();
  await expect(page).toHaveURL(/\/workspaces$/);
  // Signed in with the new password's session. That the old password stops
  // working and the link works once is checked over HTTP in
  // apps/api/src/http/account-email-http.test.ts.
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});

test("signing up from an invitation keeps it through the confirmation mail", async ({ page }) => {
  const email = `invited-${Date.now()}@e2e.steelman.test`;
  const invitation = "/invite/not-a-real-code";
  await page.goto(`/sign-up?next=${encodeURIComponent(invitation)}`);
  await page.getByLabel("Display name").fill("Invited Ida");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toContainText("Check your inbox");

  const confirmMail = () =>
    mails.find((mail) => mail.to && "text" in mail.to && mail.to.text.includes(email));
  await expect.poll(() => confirmMail()?.subject).toBe("Confirm your email address for Steelman");
  const link = /(http\S+\/verify-email\?token=\S+)/.exec(confirmMail()?.text ?? "")?.[1];
  expect(link).toContain(`next=${encodeURIComponent(invitation)}`);

  await page.goto(link!);
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await page.getByRole("status").getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Back where the invitation pointed, not on the workspace list.
  await expect(page).toHaveURL(new RegExp(`${invitation}$`));
});
