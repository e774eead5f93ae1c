import { describe, expect, it } from "vitest";
import { callerWithToken, signedOutCaller, TEST_PASSWORD, uniqueEmail } from "../test/harness.ts";

describe("auth router", () => {
  it("signs up, then the new session cookie identifies the person", async () => {
    const { caller, cookies } = await callerWithToken(null);
    const email = uniqueEmail("signup");
    const user = await caller.auth.signUp({ email, password: TEST_PASSWORD, displayName: "Sam" });
    expect(user.email).toBe(email);
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
});
