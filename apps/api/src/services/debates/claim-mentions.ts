// Who a claim's text mentions, from the ids the composer sent: each must be
// a member of the debate's workspace (guests have no place in its member
// list), and counts only while their "@Name" is in the text.
import type { Db, Prisma } from "../../db.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { type Mentionable, mentionedIn, newlyMentioned } from "../../domain/mentions/mentions.ts";
import type { DebateAccess } from "./debate-access.ts";

export const NOT_A_MEMBER = "You can mention only members of this workspace.";

async function mentionable(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  ids: readonly string[],
): Promise<Mentionable[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const members = await tx.membership.findMany({
    where: { workspaceId, userId: { in: unique }, user: { isGuest: false } },
    select: { user: { select: { id: true, displayName: true } } },
  });
  if (members.length !== unique.length) throw new DomainError("BAD_REQUEST", NOT_A_MEMBER);
  return members.map((m) => m.user);
}

/** The people a new claim mentions (never its author). */
export async function mentionsInNewClaim(
  tx: Db,
  workspaceId: string,
  authorId: string,
  body: string,
  ids: readonly string[] = [],
): Promise<string[]> {
  const people = await mentionable(tx, workspaceId, ids);
  return mentionedIn(body, people).filter((id) => id !== authorId);
}

/** The people an edit newly mentions (never its editor). */
export async function mentionsAddedByEdit(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  editorId: string,
  texts: { before: string; after: string },
  ids: readonly string[] = [],
): Promise<string[]> {
  const people = await mentionable(tx, workspaceId, ids);
  return newlyMentioned(texts.before, texts.after, people).filter((id) => id !== editorId);
}

const CANDIDATES = 8;

/**
 * Members whose name contains the typed text, for the composer's "@" list:
 * names only (no addresses), never the reader, never guests. Guests cannot
 * ask: the member list is not theirs to read.
 */
export async function listMentionCandidates(
  db: Db,
  access: DebateAccess,
  query: string,
): Promise<Mentionable[]> {
  if (access.guest) {
    throw new DomainError(
      "FORBIDDEN",
      "Guests cannot mention people: the workspace's member list is for its members.",
    );
  }
  const members = await db.membership.findMany({
    where: {
      workspaceId: access.debate.workspaceId,
      userId: { not: access.userId },
      user: {
        isGuest: false,
        ...(query ? { displayName: { contains: query, mode: "insensitive" as const } } : {}),
      },
    },
    orderBy: { user: { displayName: "asc" } },
    take: CANDIDATES,
    select: { user: { select: { id: true, displayName: true } } },
  });
  return members.map((m) => m.user);
}
