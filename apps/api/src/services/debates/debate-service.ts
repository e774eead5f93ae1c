// Debates: create, list, edit, archive. Each change writes its event.
import type { Db, PrismaClient } from "../../db.ts";
import type { EventDataByType, TypedEvent } from "../../domain/event-types.ts";
import { recordEvent } from "../events/record-event.ts";
import { type IdempotentRequest, transactionOnce } from "../idempotency/idempotent-create.ts";
import { assertDebateWritable, type DebateAccess } from "./debate-access.ts";

export const debateSummarySelect = {
  id: true,
  workspaceId: true,
  question: true,
  description: true,
  phase: true,
  anonymous: true,
  hideTallies: true,
  membersMayPropose: true,
  claimVotesOnlyInVoting: true,
  guestsSeeGroups: true,
  phaseStartedAt: true,
  phaseEndsAt: true,
  createdAt: true,
  updatedAt: true,
  archivedAt: true,
} as const;

export type DebateFields = {
  question: string;
  description: string;
  anonymous: boolean;
  hideTallies: boolean;
  membersMayPropose: boolean;
  claimVotesOnlyInVoting: boolean;
  guestsSeeGroups: boolean;
};

export function createDebate(
  prisma: PrismaClient,
  workspaceId: string,
  userId: string,
  fields: DebateFields,
  once: IdempotentRequest | null = null,
) {
  return transactionOnce(prisma, once, async (tx) => {
    const debate = await tx.debate.create({
      data: { ...fields, workspaceId, createdById: userId },
      select: debateSummarySelect,
    });
    await recordEvent(tx, {
      workspaceId,
      debateId: debate.id,
      actorId: userId,
      type: "debate.created",
      subjectId: debate.id,
      data: { question: debate.question },
    });
    return debate;
  });
}

export async function listDebates(db: Db, workspaceId: string, includeArchived: boolean) {
  const debates = await db.debate.findMany({
    where: { workspaceId, ...(includeArchived ? {} : { phase: { not: "archived" } }) },
    orderBy: { createdAt: "desc" },
    select: {
      ...debateSummarySelect,
      _count: { select: { claims: { where: { moderation: "visible" } } } },
    },
  });
  return debates.map(({ _count, ...debate }) => ({ ...debate, claimCount: _count.claims }));
}

function eventFor<E extends TypedEvent>(access: DebateAccess, event: E) {
  return {
    workspaceId: access.debate.workspaceId,
    debateId: access.debate.id,
    actorId: access.userId,
    subjectId: access.debate.id,
    ...event,
  };
}

type DebateFieldValues = EventDataByType["debate.updated"]["before"];

/** The changed fields' values as JSON (dates become ISO strings). */
const jsonFields = (fields: Record<string, unknown>): DebateFieldValues =>
  JSON.parse(JSON.stringify(fields));

export function updateDebate(
  prisma: PrismaClient,
  access: DebateAccess,
  fields: Partial<DebateFields>,
) {
  assertDebateWritable(access);
  return prisma.$transaction(async (tx) => {
    const before = await tx.debate.findUniqueOrThrow({
      where: { id: access.debate.id },
      select: debateSummarySelect,
    });
    const after = await tx.debate.update({
      where: { id: access.debate.id },
      data: fields,
      select: debateSummarySelect,
    });
    const changed = Object.keys(fields) as (keyof DebateFields)[];
    await recordEvent(
      tx,
      eventFor(access, {
        type: "debate.updated",
        data: {
          before: jsonFields(Object.fromEntries(changed.map((k) => [k, before[k]]))),
          after: jsonFields(Object.fromEntries(changed.map((k) => [k, after[k]]))),
        },
      }),
    );
    return after;
  });
}

export function setDebateArchived(prisma: PrismaClient, access: DebateAccess, archived: boolean) {
  return prisma.$transaction(async (tx) => {
    const debate = await tx.debate.update({
      where: { id: access.debate.id },
      // The phase says what may happen; archivedAt says when it was archived.
      data: archived
        ? { phase: "archived", archivedAt: new Date() }
        : { phase: "open", archivedAt: null },
      select: debateSummarySelect,
    });
    await recordEvent(
      tx,
      eventFor(access, { type: archived ? "debate.archived" : "debate.unarchived", data: {} }),
    );
    return debate;
  });
}
