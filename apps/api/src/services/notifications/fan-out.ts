// Turns event-log rows into Notification rows. A worker, not part of
// recordEvent: the write paths stay untouched, and every instance may run it.
// Exactly once across instances: each workspace has a cursor row that a pass
// locks with FOR UPDATE SKIP LOCKED (a busy workspace is skipped, not waited
// on), and the insert relies on the unique (eventId, recipientId) as a second
// guard. Event ids commit in order within a workspace (see recordEvent), so
// "after the cursor" never skips a late commit.
import type { Prisma, PrismaClient } from "../../db.ts";
import type { EventType } from "../../domain/event-types.ts";
import { type EventFacts, notificationsFor } from "../../domain/notifications/recipients.ts";
import { keepForLevel, type NotificationLevel } from "../../domain/notifications/settings.ts";
import { signalInboxes } from "./inbox-signal.ts";

const BATCH = 200;

type EventRow = {
  id: bigint;
  actorId: string | null;
  type: string;
  subjectId: string | null;
  data: Prisma.JsonValue;
};

/** One pass over every workspace with unread events; returns rows written. */
export async function fanOutNotifications(prisma: PrismaClient): Promise<number> {
  const workspaces = await prisma.workspace.findMany({ select: { id: true } });
  let written = 0;
  for (const { id } of workspaces) written += await fanOutWorkspace(prisma, id);
  return written;
}

export async function fanOutWorkspace(prisma: PrismaClient, workspaceId: string): Promise<number> {
  await prisma.notificationCursor.createMany({ data: [{ workspaceId }], skipDuplicates: true });
  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ lastEventId: bigint }[]>`
      SELECT "lastEventId" FROM "NotificationCursor"
      WHERE "workspaceId" = ${workspaceId}::uuid FOR UPDATE SKIP LOCKED`;
    const cursor = locked[0];
    if (!cursor) return 0; // another instance is on this workspace right now
    const events = await tx.event.findMany({
      where: { workspaceId, id: { gt: cursor.lastEventId } },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, actorId: true, type: true, subjectId: true, data: true },
    });
    const last = events.at(-1);
    if (!last) return 0;
    const settings = await tx.notificationSetting.findMany({
      where: { workspaceId },
      select: { userId: true, level: true },
    });
    const levels = new Map(settings.map((row) => [row.userId, row.level as NotificationLevel]));
    let written = 0;
    const told = new Set<string>();
    for (const event of events) {
      const drafts = notificationsFor(await factsFor(tx, workspaceId, event)).filter((draft) =>
        keepForLevel(draft, levels.get(draft.recipientId) ?? "all"),
      );
      if (drafts.length === 0) continue;
      const result = await tx.notification.createMany({
        data: drafts.map((draft) => ({ ...draft, workspaceId, eventId: event.id })),
        skipDuplicates: true,
      });
      written += result.count;
      for (const draft of drafts) told.add(draft.recipientId);
    }
    // Each person's open bells re-count when this commits.
    await signalInboxes(tx, told);
    await tx.notificationCursor.update({ where: { workspaceId }, data: { lastEventId: last.id } });
    return written;
  });
}

async function factsFor(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  event: EventRow,
): Promise<EventFacts> {
  // recordEvent, the log's only writer, takes nothing but the typed union
  // (domain/event-types.ts): a stored type is one of its types.
  const base = {
    type: event.type as EventType,
    actorId: event.actorId,
    subjectId: event.subjectId,
  };
  const data =
    typeof event.data === "object" && event.data && !Array.isArray(event.data) ? event.data : {};
  const mentionedIds = Array.isArray(data.mentionedIds)
    ? data.mentionedIds.filter((id): id is string => typeof id === "string")
    : [];
  if (event.type === "claim.edited") return { ...base, mentionedIds };
  if (event.type === "claim.posted") {
    const targetId = typeof data.targetId === "string" ? data.targetId : null;
    const target = targetId
      ? await tx.claim.findUnique({ where: { id: targetId }, select: { authorId: true } })
      : null;
    const claimKind = typeof data.kind === "string" ? data.kind : null;
    return {
      ...base,
      claimKind,
      targetId,
      targetAuthorId: target?.authorId ?? null,
      mentionedIds,
      challengedDecisions:
        claimKind === "objection" && targetId ? await decisionsRestingOn(tx, targetId) : [],
    };
  }
  if (event.type.startsWith("objection.") && event.subjectId) {
    const claim = await tx.claim.findUnique({
      where: { id: event.subjectId },
      select: { authorId: true },
    });
    return { ...base, subjectAuthorId: claim?.authorId ?? null };
  }
  if (
    event.type.startsWith("proposal.") ||
    event.type === "decision.recorded" ||
    event.type === "decision.amended"
  ) {
    const members = await tx.membership.findMany({
      where: { workspaceId },
      select: { userId: true },
    });
    return { ...base, memberIds: members.map((m) => m.userId) };
  }
  if (event.type === "member.joined") {
    // Invitations are links, not addressed to anyone: who made the link hears it was used.
    const invitationId = typeof data.invitationId === "string" ? data.invitationId : null;
    const invitation = invitationId
      ? await tx.invitation.findUnique({
          where: { id: invitationId },
          select: { createdById: true },
        })
      : null;
    return { ...base, subjectId: invitationId, inviterId: invitation?.createdById ?? null };
  }
  if (event.type === "decision.review_due" && event.subjectId) {
    const decision = await tx.decision.findUnique({
      where: { id: event.subjectId },
      select: { ownerId: true },
    });
    // Facilitators and owners, and the decision's owner while still a member.
    const reviewers = await tx.membership.findMany({
      where: {
        workspaceId,
        OR: [
          { role: { in: ["facilitator", "owner"] } },
          ...(decision ? [{ userId: decision.ownerId }] : []),
        ],
      },
      select: { userId: true },
    });
    return { ...base, reviewerIds: reviewers.map((m) => m.userId) };
  }
  return base;
}

/** Current decisions (latest version, not superseded) with `claimId` among their premises. */
function decisionsRestingOn(tx: Prisma.TransactionClient, claimId: string) {
  return tx.$queryRaw<{ id: string; ownerId: string }[]>`
    SELECT d."id"::text AS "id", d."ownerId"::text AS "ownerId"
    FROM "Decision" d JOIN "DecisionPremise" p ON p."decisionId" = d."id"
    WHERE p."claimId" = ${claimId}::uuid
      AND NOT EXISTS (SELECT 1 FROM "Decision" v
                      WHERE v."seriesId" = d."seriesId" AND v."version" > d."version")
      AND NOT EXISTS (SELECT 1 FROM "Decision" s WHERE s."supersedesSeriesId" = d."seriesId")`;
}
