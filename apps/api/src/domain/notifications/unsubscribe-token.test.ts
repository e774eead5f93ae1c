import { describe, expect, it } from "vitest";
import { signUnsubscribeToken, verifyUnsubscribeToken } from "./unsubscribe-token.ts";

const SECRET = "a-test-secret-that-is-long-enough-0123";
const target = {
  userId: "01900000-0000-7000-8000-000000000001",
  workspaceId: "01900000-0000-7000-8000-000000000002",
};

describe("unsubscribe tokens", () => {
  it("names the person and workspace it was signed for", () => {
    expect(verifyUnsubscribeToken(SECRET, signUnsubscribeToken(SECRET, target))).toEqual(target);
  });

  it("refuses a token signed with another secret, altered, or malformed", () => {
    const token = signUnsubscribeToken(SECRET, target);
    expect(verifyUnsubscribeToken(`${SECRET}x`, token)).toBeNull();
    const otherWorkspace = token.replace(target.workspaceId, target.userId);
    expect(verifyUnsubscribeToken(SECRET, otherWorkspace)).toBeNull();
    expect(verifyUnsubscribeToken(SECRET, "nonsense")).toBeNull();
    expect(verifyUnsubscribeToken(SECRET, `${token}.extra`)).toBeNull();
  });
});
