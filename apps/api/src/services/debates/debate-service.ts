// Debates: create, list, edit, archive.
import type { Db } from "../../db.ts";
import type { DebateAccess } from "./debate-access.ts";

export const debateSummarySelect = {
  id: true,
  workspaceId: true,
  question: true,
  description: true,
  phase: true,
  anonymous: true,
  createdAt: true,
  updatedAt: true,
  archivedAt: true,
} as const;

export type DebateFields = { question: string; description: string; anonymous: boolean };

export function createDebate(db: Db, workspaceId: string, userId: string, fields: DebateFields) {
  return db.debate.create({
    data: { ...fields, workspaceId, createdById: userId },
    select: debateSummarySelect,
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

export function updateDebate(db: Db, access: DebateAccess, fields: Partial<DebateFields>) {
  return db.debate.update({
    where: { id: access.debate.id },
    data: fields,
    select: debateSummarySelect,
  });
}

export function setDebateArchived(db: Db, access: DebateAccess, archived: boolean) {
  return db.debate.update({
    where: { id: access.debate.id },
    // The phase says what may happen; archivedAt says when it was archived.
    data: archived
      ? { phase: "archived", archivedAt: new Date() }
      : { phase: "open", archivedAt: null },
    select: debateSummarySelect,
  });
}
