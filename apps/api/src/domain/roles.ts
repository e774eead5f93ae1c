// Workspace roles and what each may do. Pure: no I/O.
import { DomainError } from "./domain-error.ts";

import type { Role } from "./vocabulary.ts";

export { ROLES, type Role } from "./vocabulary.ts";

const RANK: Record<Role, number> = { observer: 0, member: 1, facilitator: 2, owner: 3 };

export function hasAtLeastRole(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}

const ROLE_NAMES: Record<Role, string> = {
  owner: "an owner",
  facilitator: "a facilitator",
  member: "a member",
  observer: "an observer",
};

export function requireRole(role: Role, minimum: Role, action: string): void {
  if (!hasAtLeastRole(role, minimum)) {
    throw new DomainError("FORBIDDEN", `Only ${ROLE_NAMES[minimum]} or above can ${action}.`);
  }
}

/** Facilitators may invite anyone but owners; owners may invite any role. */
export function assertCanInviteWithRole(inviterRole: Role, invitedRole: Role): void {
  requireRole(inviterRole, "facilitator", "invite people");
  if (invitedRole === "owner" && inviterRole !== "owner") {
    throw new DomainError("FORBIDDEN", "Only an owner can invite another owner.");
  }
}

/** A workspace must always keep at least one owner. */
export function assertKeepsAnOwner(ownerCount: number, losingOwner: boolean): void {
  if (losingOwner && ownerCount <= 1) {
    throw new DomainError(
      "CONFLICT",
      "A workspace needs at least one owner: make someone else an owner first.",
    );
  }
}
