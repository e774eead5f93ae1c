// Looks up the caller's membership: the one server-side check behind every
// workspace procedure. A non-member gets "not found", never a hint that the
// workspace exists.
import type { Db } from "../db.ts";
import { DomainError } from "../domain/domain-error.ts";
import { type Role, requireRole } from "../domain/roles.ts";

export type WorkspaceAccess = { workspaceId: string; slug: string; role: Role };

const WORKSPACE_NOT_FOUND = "Workspace not found, or you are not a member of it.";

export async function requireWorkspaceAccess(
  db: Db,
  userId: string,
  workspace: { workspaceId: string } | { slug: string },
  minimum: Role,
  action: string,
): Promise<WorkspaceAccess> {
  const membership = await db.membership.findFirst({
    where: {
      userId,
      workspace:
        "workspaceId" in workspace ? { id: workspace.workspaceId } : { slug: workspace.slug },
    },
    select: { role: true, workspace: { select: { id: true, slug: true } } },
  });
  if (!membership) throw new DomainError("NOT_FOUND", WORKSPACE_NOT_FOUND);
  requireRole(membership.role, minimum, action);
  return {
    workspaceId: membership.workspace.id,
    slug: membership.workspace.slug,
    role: membership.role,
  };
}
