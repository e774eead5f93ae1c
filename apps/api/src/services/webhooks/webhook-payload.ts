// What a webhook receives for an event: the event as an ordinary member of
// the workspace would see it (no authors in anonymous debates, no hidden
// claim text, no turnout while tallies are hidden), or null when a member
// would not see it at all.
import type { Db } from "../../db.ts";
import { canSeeTallies } from "../../domain/debate/tally-visibility.ts";
import { actorNames, type EventRow, presentEvent } from "../../realtime/event-row.ts";

export type WebhookPayload = {
  id: string;
  type: string;
  workspace: { id: string; slug: string };
  debateId: string | null;
  occurredAt: string;
  data: Record<string, unknown>;
};

export async function buildWebhookPayload(
  db: Db,
  workspace: { id: string; slug: string },
  row: EventRow,
): Promise<WebhookPayload | null> {
  const debate = row.debateId
    ? await db.debate.findUnique({
        where: { id: row.debateId },
        select: { anonymous: true, hideTallies: true, phase: true },
      })
    : null;
  const hidden =
    row.debateId && row.subjectId
      ? await db.claim.findMany({
          where: { id: row.subjectId, moderation: "hidden" },
          select: { id: true },
        })
      : [];
  const names = await actorNames(db, [row]);
  const viewer = {
    // A reader who is no one in particular, with a member's rights.
    person: { userId: "", role: "member" as const, anonymous: debate?.anonymous ?? false },
    seesTurnout: debate ? canSeeTallies("member", debate) : true,
    redactedClaimIds: new Set(hidden.map((c) => c.id)),
  };
  const actorName = row.actorId ? (names.get(row.actorId) ?? null) : null;
  const presented = presentEvent(row, actorName, viewer);
  if (!presented) return null;
  const data = presented.data && typeof presented.data === "object" ? presented.data : {};
  return {
    id: presented.id,
    type: presented.type,
    workspace,
    debateId: presented.debateId,
    occurredAt: presented.createdAt.toISOString(),
    data: {
      ...(data as Record<string, unknown>),
      subjectId: presented.subjectId,
      actor: presented.actor,
    },
  };
}
