import { ROLES, type Role } from "@steelman/api/vocabulary";

export { ROLES };

export const ROLE_LABELS: Record<Role, string> = {
  owner: "Owner",
  facilitator: "Facilitator",
  member: "Member",
  observer: "Observer",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  owner: "manages the workspace, its people and its record",
  facilitator: "runs debates and workshops, invites people",
  member: "takes part: posts claims and votes",
  observer: "reads only",
};

/** Roles a person with `role` may hand out in an invitation. */
export function invitableRoles(role: Role): Role[] {
  if (role === "owner") return [...ROLES];
  if (role === "facilitator") return ROLES.filter((r) => r !== "owner");
  return [];
}

export function canInvite(role: Role) {
  return role === "owner" || role === "facilitator";
}
