// Personal API tokens: "stm_" + 160 random bits, shown once; only the SHA-256
// is stored. A token acts as its person, in one workspace, reading or writing.
import { generateSecretToken, hashToken } from "../../auth/session-token.ts";
import type { Db } from "../../db.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { requireWorkspaceAccess } from "../memberships.ts";

export const API_TOKEN_PREFIX = "stm_";
/** last-used is written at most this often, so a busy script does not write on every call. */
export const LAST_USED_GRANULARITY_MS = 60_000;

export type ApiTokenScope = "read" | "write";

/** What a request made with a token may do: the person, one workspace, a scope. */
export type ApiTokenGrant = { id: string; workspaceId: string; scope: ApiTokenScope };

const listSelect = {
  id: true,
  name: true,
  prefix: true,
  scope: true,
  createdAt: true,
  lastUsedAt: true,
  workspace: { select: { id: true, name: true, slug: true } },
} as const;

export function listApiTokens(db: Db, userId: string) {
  return db.apiToken.findMany({
    where: { userId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: listSelect,
  });
}

export async function createApiToken(
  db: Db,
  userId: string,
  input: { workspaceId: string; name: string; scope: ApiTokenScope },
) {
  // A token never reaches further than its person: they must belong to the workspace.
  await requireWorkspaceAccess(db, userId, input, "observer", "create tokens for it");
  const token = `${API_TOKEN_PREFIX}${generateSecretToken()}`;
  const row = await db.apiToken.create({
    data: {
      tokenHash: hashToken(token),
      prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
      name: input.name,
      userId,
      workspaceId: input.workspaceId,
      scope: input.scope,
    },
    select: listSelect,
  });
  return { ...row, token };
}

export async function revokeApiToken(db: Db, userId: string, tokenId: string): Promise<void> {
  const { count } = await db.apiToken.updateMany({
    where: { id: tokenId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new DomainError("NOT_FOUND", "That token does not exist or is revoked.");
}

/** The token's person and grant, or null when it is unknown or revoked. */
export async function validateApiToken(db: Db, token: string, now = new Date()) {
  if (!token.startsWith(API_TOKEN_PREFIX)) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      workspaceId: true,
      scope: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, displayName: true, isGuest: true } },
    },
  });
  if (!row || row.revokedAt) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_GRANULARITY_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  const grant: ApiTokenGrant = { id: row.id, workspaceId: row.workspaceId, scope: row.scope };
  return { user: row.user, grant };
}
