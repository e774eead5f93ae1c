// Invitations by link: single use, expiring; only the token's hash is stored.
import { generateSecretToken, hashToken } from "../auth/session-token.ts";
import type { Db, PrismaClient } from "../db.ts";
import { isUniqueViolation } from "../db-errors.ts";
import { DomainError } from "../domain/domain-error.ts";
import { INVITATION_UNUSABLE_MESSAGE, invitationStatus } from "../domain/invitation-status.ts";
import type { Role } from "../domain/roles.ts";
import { recordEvent } from "./events/record-event.ts";

const INVITATION_NOT_FOUND = "This invitation link is not valid. Check that you copied all of it.";

export async function createInvitation(
  prisma: PrismaClient,
  input: { workspaceId: string; role: Role; expiresInHours: number; createdById: string },
  now = new Date(),
) {
  const token = generateSecretToken();
  return prisma.$transaction(async (tx) => {
    const invitation = await tx.invitation.create({
      data: {
        workspaceId: input.workspaceId,
        role: input.role,
        createdById: input.createdById,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + input.expiresInHours * 60 * 60 * 1000),
      },
      select: { id: true, expiresAt: true, role: true },
    });
    await recordEvent(tx, {
      workspaceId: input.workspaceId,
      actorId: input.createdById,
      type: "invitation.created",
      subjectId: invitation.id,
      data: { role: input.role },
    });
    return { ...invitation, token };
  });
}

export async function listInvitations(db: Db, workspaceId: string, now = new Date()) {
  const invitations = await db.invitation.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: {
      id: true,
      role: true,
      createdAt: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      createdBy: { select: { displayName: true } },
      acceptedBy: { select: { displayName: true } },
    },
  });
  return invitations.map(({ acceptedAt, revokedAt, ...rest }) => ({
    ...rest,
    status: invitationStatus({ acceptedAt, revokedAt, expiresAt: rest.expiresAt }, now),
  }));
}

export async function revokeInvitation(
  prisma: PrismaClient,
  workspaceId: string,
  invitationId: string,
  actorId: string,
  now = new Date(),
) {
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, workspaceId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count === 0) {
      throw new DomainError("NOT_FOUND", "No open invitation with that id in this workspace.");
    }
    await recordEvent(tx, {
      workspaceId,
      actorId,
      type: "invitation.revoked",
      subjectId: invitationId,
    });
  });
}

export async function previewInvitation(db: Db, token: string, now = new Date()) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      workspace: { select: { name: true } },
    },
  });
  if (!invitation) throw new DomainError("NOT_FOUND", INVITATION_NOT_FOUND);
  return {
    workspaceName: invitation.workspace.name,
    role: invitation.role,
    expiresAt: invitation.expiresAt,
    status: invitationStatus(invitation, now),
  };
}

/**
 * Accepts an invitation for a user, in one transaction: the single-use mark
 * is a conditional update, so two people racing for one link cannot both join.
 */
export async function acceptInvitation(
  prisma: PrismaClient,
  token: string,
  userId: string,
  now = new Date(),
) {
  try {
    return await claimInvitation(prisma, token, userId, now);
  } catch (error) {
    // The same person accepting two links to one workspace at the same moment.
    if (isUniqueViolation(error)) {
      throw new DomainError("CONFLICT", "You are already a member of this workspace.");
    }
    throw error;
  }
}

async function claimInvitation(prisma: PrismaClient, token: string, userId: string, now: Date) {
  return prisma.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash: hashToken(token) },
      select: {
        id: true,
        role: true,
        expiresAt: true,
        acceptedAt: true,
        revokedAt: true,
        workspace: { select: { id: true, slug: true } },
      },
    });
    if (!invitation) throw new DomainError("NOT_FOUND", INVITATION_NOT_FOUND);
    const status = invitationStatus(invitation, now);
    if (status !== "pending")
      throw new DomainError("CONFLICT", INVITATION_UNUSABLE_MESSAGE[status]);

    const existing = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: invitation.workspace.id, userId } },
      select: { role: true },
    });
    if (existing) {
      throw new DomainError(
        "CONFLICT",
        `You are already ${existing.role === "owner" ? "an owner" : `a ${existing.role}`} of this workspace.`,
      );
    }
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: now, acceptedById: userId },
    });
    if (claimed.count === 0)
      throw new DomainError("CONFLICT", INVITATION_UNUSABLE_MESSAGE.accepted);
    await tx.membership.create({
      data: { workspaceId: invitation.workspace.id, userId, role: invitation.role },
    });
    await recordEvent(tx, {
      workspaceId: invitation.workspace.id,
      actorId: userId,
      type: "member.joined",
      subjectId: userId,
      data: { role: invitation.role, invitationId: invitation.id },
    });
    return { workspaceSlug: invitation.workspace.slug, role: invitation.role };
  });
}
