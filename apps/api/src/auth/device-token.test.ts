import { describe, expect, it } from "vitest";
import { issueDeviceToken, readDeviceToken } from "./device-token.ts";

const account = { id: "0193a1b2-0000-7000-8000-000000000001", passwordHash: "$argon2id$one" };

describe("device tokens", () => {
  it("are read back for the account they were issued to", () => {
    const token = issueDeviceToken(account);
    expect(readDeviceToken(token, account)).toMatch(/^[a-z2-7]{32}$/);
  });
  it("are refused for another account, after a password change, or when altered", () => {
    const token = issueDeviceToken(account);
    expect(readDeviceToken(token, { ...account, id: "someone-else" })).toBeNull();
    expect(readDeviceToken(token, { ...account, passwordHash: "$argon2id$two" })).toBeNull();
    expect(readDeviceToken(`${token}x`, account)).toBeNull();
    expect(readDeviceToken("garbage", account)).toBeNull();
  });
});
