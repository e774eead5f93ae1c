import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SIGN_IN_FAILURES_PER_EMAIL, SIGN_IN_FAILURES_PER_IP } from "../services/rate-limits.ts";
import { expectTrpcError, uniqueIp } from "../test/assertions.ts";
import {
  callerWithToken,
  createTestUser,
  signedInCaller,
  signedOutCaller,
  TEST_PASSWORD,
  type TestUser,
  testPrisma,
  uniqueEmail,
} from "../test/harness.ts";

const sha256 = (token: string) => createHash("sha256").update(token).digest("hex");
const BAD_CREDENTIALS = "That email and password do not match an account.";
const TOO_MANY = /^Too many sign-in attempts\. Try again in \d+ minutes?\.$/;

/**
 * Signs in from `ip` (optionally over an existing session, from a browser
 * holding a device token) and returns the new session and device tokens.
 */
async function signIn(
  user: TestUser,
  ip = uniqueIp(),
  password = TEST_PASSWORD,
  token?: string,
  device: string | null = null,
) {
  const { caller, cookies } = await callerWithToken(token ?? null, ip, device);
  const result = await caller.auth.signIn({ email: user.email, password });
  expect(cookies.set).toHaveLength(1);
  expect(cookies.devices).toHaveLength(1);
  return { result, token: cookies.set[0]!.token, device: cookies.devices[0]! };
}

async function whoIs(token: string) {
  return (await callerWithToken(token)).caller.auth.me();
}

function sessionsOf(user: TestUser) {
  return testPrisma().session.findMany({ where: { userId: user.id } });
}

describe("auth router", () => {
  it("signs up, then the new session cookie identifies the person", async () => {
    const { caller, cookies } = await callerWithToken(null, uniqueIp());
    const email = uniqueEmail("signup");
    const user = await caller.auth.signUp({ email, password: TEST_PASSWORD, displayName: "Sam" });
    expect(user).toMatchObject({ email });
    const token = cookies.set[0]?.token;
    expect(token).toMatch(/^[a-z2-7]{32}$/);
    const { caller: again } = await callerWithToken(token ?? null);
    expect(await again.auth.me()).toMatchObject({ email, displayName: "Sam" });
  });

  it("refuses a short password with a human message", async () => {
    const caller = await signedOutCaller();
    await expect(
      caller.auth.signUp({ email: uniqueEmail(), password: "short", displayName: "Sam" }),
    ).rejects.toThrow("Use at least 8 characters for your password.");
  });

  it("signs in with a new token each time, storing only the tokens' hashes", async () => {
    const user = await createTestUser("signin");
    const first = await signIn(user);
    const second = await signIn({ ...user, email: user.email.toUpperCase() });
    expect(first.result).toEqual(user);
    expect(second.result).toEqual(user);
    expect(second.token).not.toBe(first.token);

    const rows = await sessionsOf(user);
    expect(rows.map((row) => row.tokenHash).sort()).toEqual(
      [sha256(first.token), sha256(second.token)].sort(),
    );
    expect(JSON.stringify(rows)).not.toContain(first.token);
    expect(JSON.stringify(rows)).not.toContain(second.token);
    expect(await whoIs(first.token)).toEqual(user);
    expect(await whoIs(second.token)).toEqual(user);
  });

  it("replaces the session it signed in over, so an old token cannot be fixed on someone", async () => {
    const user = await createTestUser("fixation");
    const { token: old } = await signedInCaller(user);
    const { token: fresh } = await signIn(user, uniqueIp(), TEST_PASSWORD, old);
    expect(fresh).not.toBe(old);
    expect(await whoIs(old)).toBeNull();
    expect((await sessionsOf(user)).map((row) => row.tokenHash)).toEqual([sha256(fresh)]);
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const user = await createTestUser("enumeration");
    const { caller, cookies } = await callerWithToken(null, uniqueIp());
    const wrongPassword = await expectTrpcError(
      caller.auth.signIn({ email: user.email, password: "not the password" }),
      "UNAUTHORIZED",
    );
    const unknownEmail = await expectTrpcError(
      caller.auth.signIn({ email: uniqueEmail("nobody"), password: "not the password" }),
      "UNAUTHORIZED",
    );
    expect(wrongPassword.message).toBe(BAD_CREDENTIALS);
    expect(unknownEmail.message).toBe(wrongPassword.message);
    expect(cookies.set).toEqual([]);
    expect(await sessionsOf(user)).toEqual([]);
  });

  it("limits failed sign-ins per email for browsers the person has not used, whatever the IP", async () => {
    const user = await createTestUser("limited");
    for (let attempt = 0; attempt < SIGN_IN_FAILURES_PER_EMAIL.limit; attempt++) {
      await expectTrpcError(signIn(user, uniqueIp(), "wrong password"), "UNAUTHORIZED");
    }
    await expectTrpcError(signIn(user, uniqueIp()), "TOO_MANY_REQUESTS", TOO_MANY);
    expect(await sessionsOf(user)).toEqual([]);
  });

  it("lets a browser that signed in before in with the right password after a stranger's failures", async () => {
    const user = await createTestUser("targeted");
    const { device } = await signIn(user);
    for (let attempt = 0; attempt < SIGN_IN_FAILURES_PER_EMAIL.limit + 5; attempt++) {
      await expectTrpcError(
        signIn(user, uniqueIp(), "wrong password"),
        /^(UNAUTHORIZED|TOO_MANY_REQUESTS)$/,
      );
    }
    await expectTrpcError(signIn(user, uniqueIp()), "TOO_MANY_REQUESTS", TOO_MANY);
    expect((await signIn(user, uniqueIp(), TEST_PASSWORD, undefined, device)).result).toEqual(user);
    // The owner's success does not give the stranger fresh guesses at the email.
    await expectTrpcError(signIn(user, uniqueIp(), "another guess"), "TOO_MANY_REQUESTS");
  });

  it("limits failed sign-ins from a known browser too, and refuses another account's device token", async () => {
    const user = await createTestUser("device");
    const { device } = await signIn(user);
    for (let attempt = 0; attempt < SIGN_IN_FAILURES_PER_EMAIL.limit; attempt++) {
      await expectTrpcError(signIn(user, uniqueIp(), "wrong", undefined, device), "UNAUTHORIZED");
    }
    await expectTrpcError(
      signIn(user, uniqueIp(), TEST_PASSWORD, undefined, device),
      "TOO_MANY_REQUESTS",
    );
    const other = await createTestUser("other");
    for (let attempt = 0; attempt < SIGN_IN_FAILURES_PER_EMAIL.limit; attempt++) {
      await expectTrpcError(signIn(other, uniqueIp(), "wrong"), "UNAUTHORIZED");
    }
    await expectTrpcError(
      signIn(other, uniqueIp(), TEST_PASSWORD, undefined, device),
      "TOO_MANY_REQUESTS",
    );
  });

  // 90 password checks: generous room for a busy machine.
  it("lets 60 people in from one address, but not 60 wrong passwords", {
    timeout: 180_000,
  }, async () => {
    const ip = uniqueIp();
    const room = await Promise.all(Array.from({ length: 60 }, () => createTestUser("room")));
    for (const person of room) expect((await signIn(person, ip)).result).toEqual(person);

    const { caller } = await callerWithToken(null, ip);
    const outcomes: string[] = [];
    for (const person of room) {
      const error = await expectTrpcError(
        caller.auth.signIn({ email: person.email, password: "wrong password" }),
        /^(UNAUTHORIZED|TOO_MANY_REQUESTS)$/,
      );
      outcomes.push(error.code);
    }
    expect(outcomes.filter((code) => code === "UNAUTHORIZED")).toHaveLength(
      SIGN_IN_FAILURES_PER_IP.limit,
    );
    expect(outcomes.at(-1)).toBe("TOO_MANY_REQUESTS");
  });

  it("forgets failed attempts for an email after a successful sign-in", async () => {
    const user = await createTestUser("reset");
    const ip = uniqueIp();
    for (let round = 0; round < 2; round++) {
      for (let attempt = 0; attempt < SIGN_IN_FAILURES_PER_EMAIL.limit - 1; attempt++) {
        await expectTrpcError(signIn(user, ip, "wrong password"), "UNAUTHORIZED");
      }
      expect((await signIn(user, ip)).result).toEqual(user);
    }
  });

  it("limits sign-in attempts per IP across many emails", async () => {
    const ip = uniqueIp();
    const { caller } = await callerWithToken(null, ip);
    for (let attempt = 0; attempt < SIGN_IN_FAILURES_PER_IP.limit; attempt++) {
      await expectTrpcError(
        caller.auth.signIn({ email: uniqueEmail("spray"), password: "guess" }),
        "UNAUTHORIZED",
        BAD_CREDENTIALS,
      );
    }
    const user = await createTestUser("bystander");
    await expectTrpcError(signIn(user, ip), "TOO_MANY_REQUESTS", TOO_MANY);
    expect((await signIn(user, uniqueIp())).result).toEqual(user);
  });

  it.each([
    ["its inactivity window has passed", "expiresAt"],
    ["its absolute lifetime has passed", "absoluteExpiresAt"],
  ] as const)("treats a session as signed out when %s", async (_when, field) => {
    const user = await createTestUser("expired");
    const { token } = await signedInCaller(user);
    await testPrisma().session.update({
      where: { tokenHash: sha256(token) },
      data: { [field]: new Date(Date.now() - 1000) },
    });
    const { caller } = await callerWithToken(token);
    expect(await caller.auth.me()).toBeNull();
    await expectTrpcError(caller.auth.listSessions(), "UNAUTHORIZED", "Sign in to continue.");
    await expectTrpcError(caller.workspace.list(), "UNAUTHORIZED");
    expect(await sessionsOf(user)).toEqual([]);
  });

  it("lists my sessions, marking the current one, without any secret", async () => {
    const user = await createTestUser("lister");
    const mine = await signedInCaller(user);
    const other = await signedInCaller(user);
    const someoneElse = await signedInCaller(await createTestUser("else"));
    const current = await testPrisma().session.findUniqueOrThrow({
      where: { tokenHash: sha256(mine.token) },
    });

    const sessions = await mine.caller.auth.listSessions();
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current).map((s) => s.id)).toEqual([current.publicId]);
    for (const session of sessions) {
      expect(Object.keys(session).sort()).toEqual(
        ["createdAt", "current", "expiresAt", "id", "ipAddress", "lastUsedAt", "userAgent"].sort(),
      );
    }
    const listed = JSON.stringify(sessions);
    for (const token of [mine.token, other.token, someoneElse.token]) {
      expect(listed).not.toContain(token);
      expect(listed).not.toContain(sha256(token));
    }
  });

  it("revokes another of my sessions, which is then refused", async () => {
    const user = await createTestUser("revoker");
    const laptop = await signedInCaller(user);
    const phone = await signedInCaller(user);
    const phoneId = (await laptop.caller.auth.listSessions()).find((s) => !s.current)!.id;

    expect(await laptop.caller.auth.revokeSession({ sessionId: phoneId })).toEqual({ ok: true });
    expect(laptop.cookies.cleared).toBe(0);
    const { caller: phoneNow } = await callerWithToken(phone.token);
    expect(await phoneNow.auth.me()).toBeNull();
    await expectTrpcError(phoneNow.auth.listSessions(), "UNAUTHORIZED");
    await expectTrpcError(
      laptop.caller.auth.revokeSession({ sessionId: phoneId }),
      "NOT_FOUND",
      "That session has already ended.",
    );
    expect(await whoIs(laptop.token)).toEqual(user);
  });

  it("clears the cookie when I revoke my current session", async () => {
    const user = await createTestUser("self-revoker");
    const { caller, cookies, token } = await signedInCaller(user);
    const [current] = await caller.auth.listSessions();
    await caller.auth.revokeSession({ sessionId: current!.id });
    expect(cookies.cleared).toBe(1);
    expect(await whoIs(token)).toBeNull();
  });

  it("does not let me revoke someone else's session", async () => {
    const victim = await createTestUser("victim");
    const victimSession = await signedInCaller(victim);
    const [target] = await victimSession.caller.auth.listSessions();
    const { caller } = await signedInCaller(await createTestUser("attacker"));
    await expectTrpcError(
      caller.auth.revokeSession({ sessionId: target!.id }),
      "NOT_FOUND",
      "That session has already ended.",
    );
    expect(await whoIs(victimSession.token)).toEqual(victim);
  });

  it("signs out everywhere else, keeping the current session and other people's", async () => {
    const user = await createTestUser("everywhere");
    const here = await signedInCaller(user);
    const elsewhere = [await signedInCaller(user), await signedInCaller(user)];
    const bystander = await createTestUser("bystander");
    const theirs = await signedInCaller(bystander);

    expect(await here.caller.auth.revokeOtherSessions()).toEqual({ revoked: 2 });
    expect(await whoIs(here.token)).toEqual(user);
    for (const session of elsewhere) expect(await whoIs(session.token)).toBeNull();
    expect(await whoIs(theirs.token)).toEqual(bystander);
  });

  it("signs out by deleting the session and clearing the cookie", async () => {
    const user = await createTestUser("leaver");
    const { caller, cookies, token } = await signedInCaller(user);
    expect(await caller.auth.signOut()).toEqual({ ok: true });
    expect(cookies.cleared).toBe(1);
    expect(
      await testPrisma().session.findUnique({ where: { tokenHash: sha256(token) } }),
    ).toBeNull();
    expect(await whoIs(token)).toBeNull();
  });
});

describe("password change", () => {
  it("asks for the current password, then ends every other session and keeps this one", async () => {
    const user = await createTestUser("changer");
    const other = await createTestUser("bystander");
    const { token: laptop } = await signIn(user);
    const { token: phone } = await signIn(user);
    const { token: theirs } = await signIn(other);
    const { caller, cookies } = await callerWithToken(laptop);

    await expectTrpcError(
      caller.auth.changePassword({ currentPassword: "not it", newPassword: "a new long password" }),
      "BAD_REQUEST",
      "Your current password is not right.",
    );
    expect(await whoIs(phone)).toEqual(user);

    const changed = await caller.auth.changePassword({
      currentPassword: TEST_PASSWORD,
      newPassword: "a new long password",
    });
    expect(changed).toEqual({ endedSessions: 1 });
    expect(cookies.devices).toHaveLength(1);
    expect(await whoIs(laptop)).toEqual(user);
    expect(await whoIs(phone)).toBeNull();
    expect(await whoIs(theirs)).toEqual(other);
    await expectTrpcError(signIn(user), "UNAUTHORIZED");
    expect((await signIn(user, uniqueIp(), "a new long password")).result).toEqual(user);
  });

  it("refuses a short new password with a human message", async () => {
    const { caller } = await signedInCaller(await createTestUser("short"));
    await expect(
      caller.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "short" }),
    ).rejects.toThrow("Use at least 8 characters for your password.");
  });
});
