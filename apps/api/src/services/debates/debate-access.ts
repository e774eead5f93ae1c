// The server-side check behind every debate and claim procedure: the
// caller's role in the workspace that owns the debate (never from input).
import type { Db } from "../../db.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { type Role, requireRole } from "../../domain/roles.ts";
import type { Phase } from "../../domain/vocabulary.ts";

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

const DEBATE_NOT_FOUND = "Debate not found, or you are not a member of its workspace.";
const CLAIM_NOT_FOUND = "Claim not found, or you are not a member of its workspace.";

export async function requireDebateAccess(
  db: Db,
  userId: string,
  debateId: string,
  minimum: Role,
  action: string,
): Promise<DebateAccess> {
  const debate = await db.debate.findUnique({
    where: { id: debateId },
    select: {
      id: true,
      workspaceId: true,
      phase: true,
      anonymous: true,
      archivedAt: true,
      workspace: { select: { memberships: { where: { userId }, select: { role: true } } } },
      // A guest reaches exactly one debate, through a grant that is not removed.
      guestGrants: { where: { userId, removedAt: null }, select: { role: true } },
    },
  });
  const memberRole = debate?.workspace.memberships[0]?.role;
  const role = memberRole ?? debate?.guestGrants[0]?.role;
  if (!debate || !role) throw new DomainError("NOT_FOUND", DEBATE_NOT_FOUND);
  requireRole(role, minimum, action);
  const { workspace: _workspace, guestGrants: _guestGrants, ...facts } = debate;
  return { userId, role, guest: memberRole === undefined, debate: facts };
}

/** Access through a claim: the claim's debate decides. */
export async function requireClaimAccess(
  db: Db,
  userId: string,
  claimId: string,
  minimum: Role,
  action: string,
): Promise<DebateAccess & { claimId: string }> {
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { debateId: true } });
  if (!claim) throw new DomainError("NOT_FOUND", CLAIM_NOT_FOUND);
  try {
    return { ...(await requireDebateAccess(db, userId, claim.debateId, minimum, action)), claimId };
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") {
      throw new DomainError("NOT_FOUND", CLAIM_NOT_FOUND);
    }
    throw error;
  }
}

/** Archived debates are a record: they can be read, not changed. */
export function assertDebateWritable(access: DebateAccess): void {
  if (access.debate.phase === "archived") {
    throw new DomainError("CONFLICT", "This debate is archived: it can be read but not changed.");
  }
}
