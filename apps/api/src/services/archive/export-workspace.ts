// Writes a workspace archive line by line from paged reads: memory holds one
// page of rows (and one debate's decisions), whatever the workspace's size.
import type { Db, PrismaClient } from "../../db.ts";
import {
  ARCHIVE_FORMAT_VERSION,
  ARCHIVE_KIND,
  type ArchiveHeader,
  type ArchiveRecord,
} from "../../domain/archive/archive-format.ts";
import { DomainError } from "../../domain/domain-error.ts";
import type { EmailMode, NotificationLevel } from "../../domain/notifications/settings.ts";
import { ARCHIVE_PAGE, asJson, iso, isoOrNull, paged } from "./archive-paging.ts";
import { archivedPeople, personLine, standInVoters, VOTING_EVENT_TYPES } from "./archive-people.ts";
import { exportDebateHistory } from "./export-debate-history.ts";
import { exportDebateRows } from "./export-debate-rows.ts";

export type LineSink = (line: string) => Promise<void>;

/**
 * The archive as of one moment: every read in one read-only REPEATABLE READ
 * transaction, so changes made while it streams never mix in half-way.
 */
export function exportWorkspaceArchive(
  prisma: PrismaClient,
  slug: string,
  write: LineSink,
): Promise<{ lines: number }> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SET TRANSACTION READ ONLY`;
      return writeWorkspaceArchive(tx, slug, write);
    },
    { isolationLevel: "RepeatableRead", timeout: 60 * 60_000, maxWait: 30_000 },
  );
}

async function writeWorkspaceArchive(
  db: Db,
  slug: string,
  write: LineSink,
): Promise<{ lines: number }> {
  const workspace = await db.workspace.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, createdAt: true },
  });
  if (!workspace) throw new DomainError("NOT_FOUND", `No workspace "${slug}".`);
  let lines = 0;
  const emit = async (record: ArchiveHeader | ArchiveRecord) => {
    lines++;
    await write(`${JSON.stringify(record)}\n`);
  };
  await emit({
    t: "archive",
    kind: ARCHIVE_KIND,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    workspace: { slug: workspace.slug, name: workspace.name, createdAt: iso(workspace.createdAt) },
  });
  for (const person of await archivedPeople(db, workspace.id)) await emit(personLine(person));
  const members = await db.membership.findMany({
    where: { workspaceId: workspace.id },
    orderBy: { user: { email: "asc" } },
    select: { userId: true, role: true, createdAt: true },
  });
  for (const m of members)
    await emit({ t: "member", person: m.userId, role: m.role, createdAt: iso(m.createdAt) });
  const settings = await db.notificationSetting.findMany({
    where: { workspaceId: workspace.id },
    orderBy: { userId: "asc" },
  });
  for (const n of settings)
    await emit({
      t: "notificationSetting",
      person: n.userId,
      level: n.level as NotificationLevel,
      emailMode: n.emailMode as EmailMode,
      lastDigestAt: isoOrNull(n.lastDigestAt),
    });

  const anonymousDebates = new Map<string, (userId: string) => Promise<string>>();
  const debates = paged(
    (after: string | undefined) =>
      db.debate.findMany({
        where: { workspaceId: workspace.id, ...(after ? { id: { gt: after } } : {}) },
        orderBy: { id: "asc" },
        take: ARCHIVE_PAGE,
        select: { id: true, anonymous: true },
      }),
    (d) => d.id,
  );
  for await (const debate of debates) {
    const voter = debate.anonymous ? standInVoters(debate.id, emit) : async (id: string) => id;
    if (debate.anonymous) anonymousDebates.set(debate.id, voter);
    await exportDebateRows(db, debate.id, emit, voter);
    await exportDebateHistory(db, debate.id, emit, voter);
  }

  const events = paged(
    (after: bigint | undefined) =>
      db.event.findMany({
        where: { workspaceId: workspace.id, ...(after ? { id: { gt: after } } : {}) },
        orderBy: { id: "asc" },
        take: ARCHIVE_PAGE,
        select: {
          id: true,
          debateId: true,
          actorId: true,
          type: true,
          subjectId: true,
          data: true,
          createdAt: true,
          txid: true,
        },
      }),
    (e) => e.id,
  );
  for await (const e of events) {
    const hideActor = e.debateId && VOTING_EVENT_TYPES.includes(e.type);
    const voter = hideActor ? anonymousDebates.get(e.debateId ?? "") : undefined;
    await emit({
      t: "event",
      debate: e.debateId,
      actor: e.actorId && voter ? await voter(e.actorId) : e.actorId,
      type: e.type,
      subject: e.subjectId,
      data: asJson(e.data),
      createdAt: iso(e.createdAt),
      txid: e.txid === null ? null : e.txid.toString(),
    });
  }
  await emit({ t: "end", lines: lines + 1 });
  return { lines };
}
