// Decisions belong to a workspace; readers are its members.
import type { Db } from "../../db.ts";
import { DomainError } from "../../domain/domain-error.ts";
import type { Role } from "../../domain/roles.ts";
import { requireDebateAccess } from "../debates/debate-access.ts";

export async function requireDecisionAccess(
  db: Db,
  userId: string,
  decisionId: string,
  minimum: Role,
  action: string,
) {
  const decision = await db.decision.findUnique({
    where: { id: decisionId },
    select: { debateId: true },
  });
  const notFound = new DomainError(
    "NOT_FOUND",
    "Decision not found, or you are not a member of its workspace.",
  );
  if (!decision) throw notFound;
  try {
    return {
      ...(await requireDebateAccess(db, userId, decision.debateId, minimum, action)),
      decisionId,
    };
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") throw notFound;
    throw error;
  }
}
