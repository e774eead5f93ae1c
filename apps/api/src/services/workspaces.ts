// Workspace data functions. Multi-row writes run in one transaction.

import type { Db, PrismaClient } from "../db.ts";
import { isUniqueViolation } from "../db-errors.ts";
import { DomainError } from "../domain/domain-error.ts";
import { seesEmails } from "../domain/people/present-person.ts";
import { assertKeepsAnOwner, type Role } from "../domain/roles.ts";
import { slugify } from "../domain/slug.ts";
import { recordEvent } from "./events/record-event.ts";
import { type IdempotentRequest, transactionOnce } from "./idempotency/idempotent-create.ts";

export const workspaceSummarySelect = { id: true, slug: true, name: true } as const;

export async function createWorkspace(
  prisma: PrismaClient,
  userId: string,
  name: string,
  once: IdempotentRequest | null = null,
) {
  const base = slugify(name);
  // A few tries with a random suffix cover a taken slug without a lookup race.
  for (let attempt = 0; attempt < 5; attempt++) {
    const slug = attempt === 0 ? base : `${base}-${crypto.randomUUID().slice(0, 6)}`;
    try {
      return await transactionOnce(prisma, once, async (tx) => {
        const workspace = await tx.workspace.create({
          data: { name, slug, memberships: { create: { userId, role: "owner" } } },
          select: workspaceSummarySelect,
        });
        await recordEvent(tx, {
          workspaceId: workspace.id,
          actorId: userId,
          type: "workspace.created",
          subjectId: workspace.id,
          data: { name },
        });
        return workspace;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new DomainError(
    "CONFLICT",
    "Could not find a free address for this workspace; try another name.",
  );
}

export async function listMyWorkspaces(db: Db, userId: string) {
  const memberships = await db.membership.findMany({
    where: { userId },
    orderBy: { workspace: { name: "asc" } },
    select: {
      role: true,
      workspace: {
        select: { ...workspaceSummarySelect, _count: { select: { memberships: true } } },
      },
    },
  });
  return memberships.map(({ role, workspace }) => ({
    id: workspace.id,
    slug: workspace.slug,
    name: workspace.name,
    role,
    memberCount: workspace._count.memberships,
  }));
}

export async function readWorkspace(db: Db, workspaceId: string, role: Role) {
  const workspace = await db.workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: {
      ...workspaceSummarySelect,
      memberships: {
        orderBy: { createdAt: "asc" },
        select: {
          role: true,
          createdAt: true,
          user: { select: { id: true, displayName: true, email: true } },
        },
      },
    },
  });
  return {
    id: workspace.id,
    slug: workspace.slug,
    name: workspace.name,
    role,
    members: workspace.memberships.map((m) => ({
      userId: m.user.id,
      displayName: m.user.displayName,
      // Contact details are for owners, who administer the workspace.
      email: seesEmails({ role }) ? m.user.email : null,
      role: m.role,
      joinedAt: m.createdAt,
    })),
  };
}

export async function renameWorkspace(
  prisma: PrismaClient,
  workspaceId: string,
  actorId: string,
  name: string,
) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.workspace.findUniqueOrThrow({
      where: { id: workspaceId },
      select: { name: true },
    });
    const workspace = await tx.workspace.update({
      where: { id: workspaceId },
      data: { name },
      select: workspaceSummarySelect,
    });
    await recordEvent(tx, {
      workspaceId,
      actorId,
      type: "workspace.renamed",
      subjectId: workspaceId,
      data: { before: before.name, after: name },
    });
    return workspace;
  });
}

/**
 * Changes a member's role, or removes them (role null), keeping at least one
 * owner. Serializable, so two owners demoting each other at once cannot
 * leave the workspace ownerless.
 */
export async function changeMembership(
  prisma: PrismaClient,
  workspaceId: string,
  userId: string,
  role: Role | null,
  actorId: string,
): Promise<void> {
  await prisma.$transaction(
    async (tx) => {
      const member = await tx.membership.findUnique({
        where: { workspaceId_userId: { workspaceId, userId } },
        select: { role: true },
      });
      if (!member)
        throw new DomainError("NOT_FOUND", "That person is not a member of this workspace.");
      const owners = await tx.membership.count({ where: { workspaceId, role: "owner" } });
      assertKeepsAnOwner(owners, member.role === "owner" && role !== "owner");
      if (role === null) {
        await tx.membership.delete({ where: { workspaceId_userId: { workspaceId, userId } } });
      } else {
        await tx.membership.update({
          where: { workspaceId_userId: { workspaceId, userId } },
          data: { role },
        });
      }
      const type =
        role !== null
          ? "member.role_changed"
          : actorId === userId
            ? "member.left"
            : "member.removed";
      await recordEvent(tx, {
        workspaceId,
        actorId,
        type,
        subjectId: userId,
        data: { before: member.role, after: role },
      });
    },
    { isolationLevel: "Serializable" },
  );
}
