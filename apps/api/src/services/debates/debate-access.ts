// The server-side check behind every debate and claim procedure: the
// caller's role in the workspace that owns the debate (never from input).
import { Prisma } from "@steelman/db";
import type { Db } from "../../db.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { type Role, requireRole } from "../../domain/roles.ts";
import { isUuid } from "../../domain/uuid-shape.ts";
import type { Phase } from "../../domain/vocabulary.ts";
import { sqlRows } from "../../sql-rows.ts";

export type DebateAccess = {
  userId: string;
  role: Role;
  /** True when the role comes from a guest grant, not a workspace membership. */
  guest: boolean;
  debate: {
    id: string;
    workspaceId: string;
    phase: Phase;
    anonymous: boolean;
    archivedAt: Date | null;
  };
};

export const DEBATE_NOT_FOUND = "Debate not found, or you are not a member of its workspace.";
const CLAIM_NOT_FOUND = "Claim not found, or you are not a member of its workspace.";

export async function requireDebateAccess(
  db: Db,
  userId: string,
  debateId: string,
  minimum: Role,
  action: string,
): Promise<DebateAccess> {
  if (!isUuid(debateId)) throw new DomainError("NOT_FOUND", DEBATE_NOT_FOUND);
  const [debate] = await sqlRows<AccessRow>(
    db,
    Prisma.sql`
    SELECT ${accessColumns(userId)} FROM "Debate" d WHERE d."id" = ${debateId}::uuid`,
  );
  return accessFrom(debate, userId, minimum, action, DEBATE_NOT_FOUND);
}

// The debate's facts and the caller's role in one round trip (relation selects
// were four): every debate and claim procedure starts here. A guest reaches
// exactly one debate, through a grant that is not removed.
type AccessRow = DebateAccess["debate"] & RoleColumns;
export type RoleColumns = { memberRole: Role | null; guestRole: Role | null };

function accessColumns(userId: string) {
  return Prisma.sql`d."id"::text AS "id", d."workspaceId"::text AS "workspaceId",
    d."phase"::text AS "phase", d."anonymous", d."archivedAt", ${roleColumns(userId)}`;
}

/** The caller's role in the debate `d`: `memberRole` and `guestRole` (RoleColumns). */
export function roleColumns(userId: string) {
  return roleColumnsOf(Prisma.sql`${userId}::uuid`);
}

/** RoleColumns of the person `user` (an SQL uuid) in the debate `d`. */
export function roleColumnsOf(user: Prisma.Sql) {
  return Prisma.sql`(SELECT m."role"::text FROM "Membership" m
      WHERE m."workspaceId" = d."workspaceId" AND m."userId" = ${user}) AS "memberRole",
    (SELECT g."role"::text FROM "GuestGrant" g
      WHERE g."debateId" = d."id" AND g."userId" = ${user} AND g."removedAt" IS NULL
      LIMIT 1) AS "guestRole"`;
}

export function accessFrom(
  row: AccessRow | undefined,
  userId: string,
  minimum: Role,
  action: string,
  notFound: string,
): DebateAccess {
  const role = row?.memberRole ?? row?.guestRole;
  if (!row || !role) throw new DomainError("NOT_FOUND", notFound);
  requireRole(role, minimum, action);
  const { memberRole, guestRole: _guestRole, ...debate } = row;
  return { userId, role, guest: memberRole === null, debate };
}

/** Access through a claim: the claim's debate decides. */
export async function requireClaimAccess(
  db: Db,
  userId: string,
  claimId: string,
  minimum: Role,
  action: string,
): Promise<DebateAccess & { claimId: string }> {
  if (!isUuid(claimId)) throw new DomainError("NOT_FOUND", CLAIM_NOT_FOUND);
  const [debate] = await sqlRows<AccessRow>(
    db,
    Prisma.sql`
    SELECT ${accessColumns(userId)}
    FROM "Claim" c JOIN "Debate" d ON d."id" = c."debateId"
    WHERE c."id" = ${claimId}::uuid`,
  );
  return { ...accessFrom(debate, userId, minimum, action, CLAIM_NOT_FOUND), claimId };
}

/** Archived debates are a record: they can be read, not changed. */
export function assertDebateWritable(access: DebateAccess): void {
  if (access.debate.phase === "archived") {
    throw new DomainError("CONFLICT", "This debate is archived: it can be read but not changed.");
  }
}
