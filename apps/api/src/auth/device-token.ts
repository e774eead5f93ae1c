// OWASP's device cookie for sign-in lockout: after a successful sign-in the
// browser gets a token bound to the account, so failures by strangers (which
// lock the email) do not lock out a browser its owner has used before.
// The token is "<userId>.<nonce>.<mac>", the MAC keyed by the account's
// password hash: a secret every instance shares without any configuration,
// and a password change retires every device token at once.
import { createHmac, timingSafeEqual } from "node:crypto";
import { generateSecretToken } from "./session-token.ts";

type Account = { id: string; passwordHash: string };

function mac(account: Account, nonce: string): string {
  return createHmac("sha256", account.passwordHash)
    .update(`${account.id}.${nonce}`)
    .digest("base64url");
}

export function issueDeviceToken(account: Account): string {
  const nonce = generateSecretToken();
  return `${account.id}.${nonce}.${mac(account, nonce)}`;
}

/** The token's nonce when it was issued to this account (and its current password), else null. */
export function readDeviceToken(token: string, account: Account): string | null {
  const [userId, nonce, given, ...rest] = token.split(".");
  if (rest.length > 0 || !nonce || !given || userId !== account.id) return null;
  const expected = Buffer.from(mac(account, nonce));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? nonce : null;
}
