// One person's notifications: newest first with cursor paging, the unread
// count, and marking read. Every query is scoped to the recipient, so ids of
// someone else's notifications simply match nothing.

import type { PrismaClient } from "../../db.ts";
import { notificationPath } from "../../domain/notifications/links.ts";
import { signalInboxes } from "./inbox-signal.ts";

const notificationSelect = {
  id: true,
  workspaceId: true,
  eventId: true,
  kind: true,
  concernsId: true,
  readAt: true,
  createdAt: true,
} as const;

export async function listNotifications(
  prisma: PrismaClient,
  recipientId: string,
  page: { cursor?: string | undefined; limit: number },
) {
  // Ids are UUIDv7, so id order is creation order; "before the cursor" pages back.
  const rows = await prisma.notification.findMany({
    where: { recipientId, ...(page.cursor ? { id: { lt: page.cursor } } : {}) },
    orderBy: { id: "desc" },
    take: page.limit + 1,
    select: notificationSelect,
  });
  const shown = rows.slice(0, page.limit);
  // Where to link (as the email does: the claim in its outline): the
  // workspace's slug, the event's debate and the claim's number, in three queries.
  const [workspaces, events, claims] = await Promise.all([
    prisma.workspace.findMany({
      where: { id: { in: [...new Set(shown.map((row) => row.workspaceId))] } },
      select: { id: true, slug: true },
    }),
    prisma.event.findMany({
      where: { id: { in: shown.map((row) => row.eventId) } },
      select: { id: true, debateId: true, type: true },
    }),
    prisma.claim.findMany({
      where: { id: { in: shown.flatMap((row) => (row.concernsId ? [row.concernsId] : [])) } },
      select: { id: true, number: true },
    }),
  ]);
  const slugOf = new Map(workspaces.map((w) => [w.id, w.slug]));
  const eventOf = new Map(events.map((e) => [e.id, e]));
  const numberOf = new Map(claims.map((c) => [c.id, c.number]));
  const items = shown.map((row) => {
    const workspaceSlug = slugOf.get(row.workspaceId) ?? null;
    const debateId = eventOf.get(row.eventId)?.debateId ?? null;
    const claimNumber = row.concernsId ? (numberOf.get(row.concernsId) ?? null) : null;
    return {
      ...row,
      eventId: row.eventId.toString(),
      eventType: eventOf.get(row.eventId)?.type ?? null,
      workspaceSlug,
      debateId,
      /** Where it leads in the web app; null when its workspace is gone. */
      href:
        workspaceSlug === null
          ? null
          : notificationPath({
              kind: row.kind,
              workspaceSlug,
              debateId,
              concernsId: row.concernsId,
              claimNumber,
            }),
    };
  });
  const nextCursor = rows.length > page.limit ? (items.at(-1)?.id ?? null) : null;
  return { items, nextCursor };
}

export function countUnread(prisma: PrismaClient, recipientId: string): Promise<number> {
  return prisma.notification.count({ where: { recipientId, readAt: null } });
}

/** Marks the given notifications (or all of them) read; returns how many changed. */
export async function markRead(
  prisma: PrismaClient,
  recipientId: string,
  which: { ids: string[] } | { all: true },
): Promise<number> {
  const ids = "ids" in which ? { id: { in: which.ids } } : {};
  return prisma.$transaction(async (tx) => {
    const result = await tx.notification.updateMany({
      where: { recipientId, readAt: null, ...ids },
      data: { readAt: new Date() },
    });
    // The person's other tabs re-count too.
    if (result.count > 0) await signalInboxes(tx, [recipientId]);
    return result.count;
  });
}

export async function readLevel(prisma: PrismaClient, userId: string, workspaceId: string) {
  const row = await prisma.notificationSetting.findUnique({
    where: { userId_workspaceId: { userId, workspaceId } },
    select: { level: true },
  });
  return row?.level ?? "all";
}

export async function writeLevel(
  prisma: PrismaClient,
  userId: string,
  workspaceId: string,
  level: string,
) {
  await prisma.notificationSetting.upsert({
    where: { userId_workspaceId: { userId, workspaceId } },
    create: { userId, workspaceId, level },
    update: { level },
  });
  return { level };
}
