// A person's email choice per workspace, and one-click unsubscribe by a
// signed token (no session: the link in the mail is the proof).
import type { PrismaClient } from "../../db.ts";
import { DomainError } from "../../domain/domain-error.ts";
import type { EmailMode } from "../../domain/notifications/settings.ts";
import { verifyUnsubscribeToken } from "../../domain/notifications/unsubscribe-token.ts";

export async function readEmailMode(
  prisma: PrismaClient,
  userId: string,
  workspaceId: string,
): Promise<EmailMode> {
  const row = await prisma.notificationSetting.findUnique({
    where: { userId_workspaceId: { userId, workspaceId } },
    select: { emailMode: true },
  });
  return (row?.emailMode as EmailMode | undefined) ?? "immediate";
}

export async function writeEmailMode(
  prisma: PrismaClient,
  userId: string,
  workspaceId: string,
  emailMode: EmailMode,
) {
  // A new digest reader's first digest comes a day later, not at once.
  const lastDigestAt = emailMode === "digest" ? new Date() : null;
  await prisma.notificationSetting.upsert({
    where: { userId_workspaceId: { userId, workspaceId } },
    create: { userId, workspaceId, emailMode, lastDigestAt },
    update: { emailMode, lastDigestAt },
  });
  return { emailMode };
}

/** Turns email off for the person and workspace the token names; says which workspace. */
export async function unsubscribeByToken(
  prisma: PrismaClient,
  secret: string | null,
  token: string,
): Promise<{ workspaceName: string }> {
  const target = secret ? verifyUnsubscribeToken(secret, token) : null;
  const workspace = target
    ? await prisma.workspace.findUnique({
        where: { id: target.workspaceId },
        select: { name: true },
      })
    : null;
  if (!target || !workspace) {
    throw new DomainError(
      "NOT_FOUND",
      "This unsubscribe link is not valid. Change your email settings on your account page.",
    );
  }
  await prisma.notificationSetting.upsert({
    where: { userId_workspaceId: target },
    create: { ...target, emailMode: "off" },
    update: { emailMode: "off" },
  });
  return { workspaceName: workspace.name };
}
