// One-click unsubscribe links: "<userId>.<workspaceId>.<HMAC>" signed with the
// server's MAIL_SECRET, so the link works without signing in and without a
// stored token, and nobody can forge one for another person or workspace.
import { createHmac, timingSafeEqual } from "node:crypto";
import { isUuid } from "../uuid-shape.ts";

export type UnsubscribeTarget = { userId: string; workspaceId: string };

function signatureOf(secret: string, target: UnsubscribeTarget): Buffer {
  return createHmac("sha256", secret)
    .update(`unsubscribe:${target.userId}:${target.workspaceId}`)
    .digest();
}

export function signUnsubscribeToken(secret: string, target: UnsubscribeTarget): string {
  const signature = signatureOf(secret, target).toString("base64url");
  return `${target.userId}.${target.workspaceId}.${signature}`;
}

/** The person and workspace a token names, or null when it is malformed or forged. */
export function verifyUnsubscribeToken(secret: string, token: string): UnsubscribeTarget | null {
  const [userId, workspaceId, signature, ...rest] = token.split(".");
  if (!userId || !workspaceId || !signature || rest.length > 0) return null;
  if (!isUuid(userId) || !isUuid(workspaceId)) return null;
  const expected = signatureOf(secret, { userId, workspaceId });
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId, workspaceId };
}
