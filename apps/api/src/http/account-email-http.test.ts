// Password reset, address verification and sign-up with email on, over real
// HTTP with real cookies, mail received by a real SMTP server.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uniqueIp } from "../test/assertions.ts";
import {
  createTestUser,
  TEST_PASSWORD,
  testEnv,
  testPrisma,
  uniqueEmail,
} from "../test/harness.ts";
import { signInOverHttp, trpcMutation } from "../test/http-client.ts";
import { startTestServer } from "../test/http-server.ts";
import { type SmtpInbox, startSmtpInbox } from "../test/smtp-inbox.ts";

const NEW_PASSWORD = "a brand new password for steelman";
let inbox: SmtpInbox;
let url = "";
let server: FastifyInstance | undefined;
beforeAll(async () => {
  inbox = await startSmtpInbox();
  ({ url, server } = await startTestServer({
    ...inbox.env,
    trustProxy: "loopback",
    publicWebUrl: "http://localhost:3000",
  }));
});
afterAll(async () => {
  await server?.close();
  await inbox.close();
});

/** The token of the first link to `path` in a mail's text. */
function tokenIn(text: string | undefined, path: string): string {
  const match = new RegExp(`${path}\\?token=([a-z2-7]+)`).exec(text ?? "");
  if (!match?.[1]) throw new Error(`no ${path} link in: ${text}`);
  return match[1];
}

function errorMessage(body: unknown): string {
  return (body as { error: { json: { message: string } } }).error.json.message;
}

async function me(cookie: string) {
  const response = await fetch(`${url}/trpc/auth.me`, { headers: { cookie } });
  return ((await response.json()) as { result: { data: { json: unknown } } }).result.data.json;
}

describe("sign-up with email on", () => {
  it("answers the same whether or not the address is registered", async () => {
    const taken = await createTestUser("taken");
    const fresh = uniqueEmail("fresh");
    const input = (email: string) => ({ email, password: TEST_PASSWORD, displayName: "Sam" });
    const forTaken = await trpcMutation(url, "auth.signUp", input(taken.email));
    const forFresh = await trpcMutation(url, "auth.signUp", input(fresh));
    expect([forTaken.status, forFresh.status]).toEqual([200, 200]);
    expect(forTaken.body).toEqual(forFresh.body);
    expect(forTaken.body).toEqual({ result: { data: { json: { checkEmail: true } } } });
    expect(forTaken.headers.getSetCookie()).toEqual([]);
    expect(forFresh.headers.getSetCookie()).toEqual([]);
    // The registered owner is warned; the new address gets its confirmation link.
    const [warning] = await inbox.waitFor(taken.email);
    expect(warning?.subject).toBe("Someone tried to sign up to Steelman with your address");
    const [confirm] = await inbox.waitFor(fresh);
    expect(confirm?.subject).toBe("Confirm your email address for Steelman");
    const passwordOfTaken = await testPrisma().user.findUnique({
      where: { email: taken.email },
      select: { displayName: true },
    });
    expect(passwordOfTaken?.displayName).toBe("taken"); // the account was left alone
  });

  it("signs in only after the address is confirmed, and the link works once", async () => {
    const email = uniqueEmail("verify");
    await trpcMutation(url, "auth.signUp", { email, password: TEST_PASSWORD, displayName: "V" });
    const refused = await trpcMutation(url, "auth.signIn", { email, password: TEST_PASSWORD });
    expect(refused.status).toBe(403);
    expect(errorMessage(refused.body)).toMatch(/Confirm your email address first/);

    const [mail] = await inbox.waitFor(email);
    const token = tokenIn(mail?.text, "/verify-email");
    expect((await trpcMutation(url, "auth.verifyEmail", { token })).status).toBe(200);
    const again = await trpcMutation(url, "auth.verifyEmail", { token });
    expect(again.status).toBe(400);
    expect(errorMessage(again.body)).toMatch(/expired or was already used/);
    const cookie = await signInOverHttp(url, email);
    expect(await me(cookie)).toMatchObject({ email });
  });

  it("keeps where the person was headed (an invitation) through the confirmation link", async () => {
    const invited = uniqueEmail("invited");
    const next = "/join/invite-code?from=mail";
    const input = { email: invited, password: TEST_PASSWORD, displayName: "I", next };
    expect((await trpcMutation(url, "auth.signUp", input)).status).toBe(200);
    const [mail] = await inbox.waitFor(invited);
    expect(mail?.text).toContain(
      `http://localhost:3000/verify-email?token=${tokenIn(mail?.text, "/verify-email")}&next=${encodeURIComponent(next)}`,
    );

    // Only a path on this site is carried: anything else is dropped, not refused.
    for (const bad of ["//evil.example/x", "https://evil.example", "/\\evil.example"]) {
      const email = uniqueEmail("elsewhere");
      const answer = await trpcMutation(url, "auth.signUp", { ...input, email, next: bad });
      expect(answer.status).toBe(200);
      const [link] = await inbox.waitFor(email);
      expect(link?.text).not.toContain("next=");
    }
  });
});

describe("password reset", () => {
  it("mails a single-use link that sets the password and signs out every other session", async () => {
    const user = await createTestUser("reset");
    const oldCookie = await signInOverHttp(url, user.email);
    const asked = await trpcMutation(url, "auth.requestPasswordReset", { email: user.email });
    expect(asked.status).toBe(200);
    const [mail] = await inbox.waitFor(user.email);
    expect(mail?.subject).toBe("Reset your Steelman password");
    const token = tokenIn(mail?.text, "http://localhost:3000/reset-password");
    const stored = await testPrisma().emailToken.findMany({
      where: { userId: user.id },
      select: { tokenHash: true },
    });
    expect(stored.map((row) => row.tokenHash)).not.toContain(token); // only the hash is kept

    const reset = await trpcMutation(url, "auth.resetPassword", {
      token,
      newPassword: NEW_PASSWORD,
    });
    expect(reset.status).toBe(200);
    const newCookie = reset.headers.getSetCookie()[0]?.split(";")[0] ?? "";
    expect(await me(newCookie)).toMatchObject({ email: user.email });
    expect(await me(oldCookie)).toBeNull();

    const reused = await trpcMutation(url, "auth.resetPassword", {
      token,
      newPassword: "x".repeat(20),
    });
    expect(reused.status).toBe(400);
    expect(errorMessage(reused.body)).toMatch(/expired or was already used/);
    const signIn = await trpcMutation(url, "auth.signIn", {
      email: user.email,
      password: NEW_PASSWORD,
    });
    expect(signIn.status).toBe(200);
  });

  it("refuses an expired link", async () => {
    const user = await createTestUser("expired");
    await trpcMutation(url, "auth.requestPasswordReset", { email: user.email });
    const [mail] = await inbox.waitFor(user.email);
    const token = tokenIn(mail?.text, "/reset-password");
    await testPrisma().emailToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1_000) },
    });
    const late = await trpcMutation(url, "auth.resetPassword", {
      token,
      newPassword: NEW_PASSWORD,
    });
    expect(late.status).toBe(400);
    expect(errorMessage(late.body)).toMatch(/expired/);
  });

  it("answers the same for an unknown address, and sends nothing", async () => {
    const nobody = uniqueEmail("nobody");
    const asked = await trpcMutation(url, "auth.requestPasswordReset", { email: nobody });
    expect(asked.status).toBe(200);
    expect(asked.body).toEqual({ result: { data: { json: { ok: true } } } });
    expect(await testPrisma().emailToken.count({ where: { user: { email: nobody } } })).toBe(0);
  });

  it("limits reset requests per address", async () => {
    const user = await createTestUser("flood");
    const answers = [];
    for (let i = 0; i < 4; i += 1)
      answers.push(
        await trpcMutation(
          url,
          "auth.requestPasswordReset",
          { email: user.email },
          { ip: uniqueIp() },
        ),
      );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
  });
});

describe("without email", () => {
  it("says password reset by mail is not available", async () => {
    const plain = await startTestServer({ ...testEnv, trustProxy: "loopback" });
    try {
      const asked = await trpcMutation(plain.url, "auth.requestPasswordReset", {
        email: uniqueEmail("plain"),
      });
      expect(asked.status).toBe(400);
      expect(errorMessage(asked.body)).toMatch(/sends no email/);
    } finally {
      await plain.server.close();
    }
  });
});
