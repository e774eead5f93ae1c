// Gathers what a mail says about notification rows (workspace, debate
// question, claim number, link) and the headers every mail carries.
import type { Prisma } from "../../db.ts";
import type { MailContext, MailItem } from "../../domain/notifications/email-content.ts";
import { notificationPath } from "../../domain/notifications/links.ts";
import { signUnsubscribeToken } from "../../domain/notifications/unsubscribe-token.ts";
import type { MailEnv } from "../../env.ts";

export type MailSettings = { mail: MailEnv; publicWebUrl: string };

export type NotificationRow = {
  id: string;
  recipientId: string;
  workspaceId: string;
  eventId: bigint;
  kind: string;
  concernsId: string | null;
};

export const notificationRowSelect = {
  id: true,
  recipientId: true,
  workspaceId: true,
  eventId: true,
  kind: true,
  concernsId: true,
} as const;

export type MailFacts = {
  itemOf(row: NotificationRow): MailItem;
  workspaceName(workspaceId: string): string;
  emailOf(userId: string): string | null;
};

export async function loadMailFacts(
  tx: Prisma.TransactionClient,
  rows: readonly NotificationRow[],
  settings: MailSettings,
): Promise<MailFacts> {
  const unique = <T>(values: T[]) => [...new Set(values)];
  const [users, workspaces, events, claims] = await Promise.all([
    tx.user.findMany({
      where: { id: { in: unique(rows.map((r) => r.recipientId)) } },
      select: { id: true, email: true },
    }),
    tx.workspace.findMany({
      where: { id: { in: unique(rows.map((r) => r.workspaceId)) } },
      select: { id: true, slug: true, name: true },
    }),
    tx.event.findMany({
      where: { id: { in: unique(rows.map((r) => r.eventId)) } },
      select: { id: true, debateId: true },
    }),
    tx.claim.findMany({
      where: { id: { in: unique(rows.flatMap((r) => (r.concernsId ? [r.concernsId] : []))) } },
      select: { id: true, number: true },
    }),
  ]);
  const debateIds = unique(events.flatMap((e) => (e.debateId ? [e.debateId] : [])));
  const debates = await tx.debate.findMany({
    where: { id: { in: debateIds } },
    select: { id: true, question: true },
  });
  const emailOf = new Map(users.map((u) => [u.id, u.email]));
  const workspaceOf = new Map(workspaces.map((w) => [w.id, w]));
  const debateOf = new Map(events.map((e) => [e.id, e.debateId]));
  const questionOf = new Map(debates.map((d) => [d.id, d.question]));
  const numberOf = new Map(claims.map((c) => [c.id, c.number]));
  return {
    itemOf(row) {
      const debateId = debateOf.get(row.eventId) ?? null;
      const path = notificationPath({
        kind: row.kind,
        workspaceSlug: workspaceOf.get(row.workspaceId)?.slug ?? "",
        debateId,
        concernsId: row.concernsId,
        claimNumber: row.concernsId ? (numberOf.get(row.concernsId) ?? null) : null,
      });
      return {
        kind: row.kind,
        debateQuestion: debateId ? (questionOf.get(debateId) ?? null) : null,
        link: `${settings.publicWebUrl}${path}`,
      };
    },
    workspaceName: (workspaceId) => workspaceOf.get(workspaceId)?.name ?? "Steelman",
    emailOf: (userId) => emailOf.get(userId) ?? null,
  };
}

/** Footer links and RFC 8058 one-click unsubscribe headers for one person in one workspace. */
export function unsubscribeParts(
  settings: MailSettings,
  target: { userId: string; workspaceId: string },
  workspaceName: string,
): { context: MailContext; headers: Record<string, string> } {
  const token = encodeURIComponent(signUnsubscribeToken(settings.mail.secret, target));
  return {
    context: {
      workspaceName,
      unsubscribeUrl: `${settings.publicWebUrl}/unsubscribe?token=${token}`,
      settingsUrl: `${settings.publicWebUrl}/account`,
    },
    headers: {
      "List-Unsubscribe": `<${settings.publicWebUrl}/api/unsubscribe?token=${token}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
