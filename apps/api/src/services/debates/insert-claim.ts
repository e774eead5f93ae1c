// The serialized part of posting a claim, as one SQL statement: the debate's
// claim counter (a row lock every post in the debate queues on), the claim
// and its first revision, then its event under the workspace's event lock
// (taken after the row lock, the order every writer uses) and its NOTIFY.
// Done through Prisma this held both locks across seven round trips, so
// twenty people posting at once got no more through than one; now the locks
// are held for one statement, committed as it runs (no round trip back to
// the API for a COMMIT), idempotency key included.
import { Prisma } from "@steelman/db";
import type { Db } from "../../db.ts";
import type { PostableClaimKind } from "../../domain/debate/claim-rules.ts";
import { EVENTS_CHANNEL, workspaceEventLock } from "../events/record-event.ts";
import { type IdempotencyKeyRow, insertKeyRow } from "../idempotency/idempotent-create.ts";
import { newUuidV7 } from "../ids/uuid-v7.ts";

export type NewClaim = {
  workspaceId: string;
  debateId: string;
  authorId: string;
  kind: PostableClaimKind;
  targetId: string | null;
  body: string;
  /** Members the text mentions (added to the event's data when any). */
  mentionedIds?: readonly string[];
};

export type InsertedClaim = {
  id: string;
  number: number;
  kind: PostableClaimKind;
  targetId: string | null;
  body: string;
  createdAt: Date;
};

/**
 * Posts the claim. With an idempotency key the same statement first inserts
 * the key row (naming the claim): when the key is already taken it waits for
 * that request's commit, inserts nothing and answers null.
 */
export async function insertClaimWithEvent(
  db: Db,
  claim: NewClaim,
  key: IdempotencyKeyRow | null = null,
): Promise<InsertedClaim | null> {
  const { workspaceId, debateId, authorId, kind, targetId, body } = claim;
  const extra = JSON.stringify(
    claim.mentionedIds?.length ? { mentionedIds: claim.mentionedIds } : {},
  );
  const claimId = newUuidV7();
  const keyRow = key
    ? Prisma.sql`key_row AS (
      ${insertKeyRow(key, Prisma.sql`jsonb_build_object('claimId', ${claimId}::text)`)}
      RETURNING 1
    ), `
    : Prisma.empty;
  const keyFree = key ? Prisma.sql`AND EXISTS (SELECT 1 FROM key_row)` : Prisma.empty;
  const rows = await db.$queryRaw<InsertedClaim[]>`
    WITH ${keyRow}counter AS (
      UPDATE "Debate" SET "claimCount" = "claimCount" + 1, "updatedAt" = now()
      WHERE "id" = ${debateId}::uuid ${keyFree}
      RETURNING "claimCount"
    ), inserted AS (
      INSERT INTO "Claim" ("id", "workspaceId", "debateId", "number", "kind", "targetId",
                           "authorId", "body", "createdAt", "updatedAt")
      SELECT ${claimId}::uuid, ${workspaceId}::uuid, ${debateId}::uuid, counter."claimCount",
             ${kind}::"ClaimKind", ${targetId}::uuid, ${authorId}::uuid, ${body}, now(), now()
      FROM counter
      RETURNING "id", "number", "kind", "targetId", "body", "createdAt"
    ), revision AS (
      INSERT INTO "ClaimRevision" ("id", "workspaceId", "debateId", "claimId", "revision",
                                   "body", "editorId", "createdAt")
      SELECT ${newUuidV7()}::uuid, ${workspaceId}::uuid, ${debateId}::uuid, inserted."id", 1,
             inserted."body", ${authorId}::uuid, now()
      FROM inserted
    ), event_lock AS (
      SELECT ${workspaceEventLock(workspaceId)} FROM inserted
    ), event AS (
      INSERT INTO "Event" ("workspaceId", "debateId", "actorId", "type", "subjectId", "data", "createdAt")
      SELECT ${workspaceId}::uuid, ${debateId}::uuid, ${authorId}::uuid, 'claim.posted', inserted."id",
             jsonb_build_object('number', inserted."number", 'kind', inserted."kind",
                                'targetId', inserted."targetId", 'body', inserted."body")
               || ${extra}::jsonb,
             now()
      FROM inserted, event_lock
      RETURNING "id"
    )
    SELECT inserted."id"::text AS "id", inserted."number", inserted."kind"::text AS "kind",
           inserted."targetId"::text AS "targetId", inserted."body", inserted."createdAt",
           pg_notify(${EVENTS_CHANNEL}, event."id"::text)::text AS "notified"
    FROM inserted, event`;
  const row = rows[0];
  if (!row && key) return null;
  if (!row) throw new Error(`debate ${debateId} vanished while a claim was posted in it`);
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    targetId: row.targetId,
    body: row.body,
    createdAt: row.createdAt,
  };
}
