// Who a workspace archive names. Everyone a row refers to is listed once, by
// email (how an import finds them again). Votes and ballots of an anonymous
// debate are not linked to anyone: even an owner never sees who cast them,
// so the archive gives them stand-in voters, one per person per debate.
import type { Db } from "../../db.ts";
import type { RecordOf } from "../../domain/archive/archive-format.ts";

/** Events that would say who voted, in an anonymous debate. */
export const VOTING_EVENT_TYPES = ["vote.cast", "vote.removed", "ballot.cast"];

type PersonRow = { id: string; email: string; displayName: string; isGuest: boolean };

export async function archivedPeople(db: Db, workspaceId: string): Promise<PersonRow[]> {
  return db.$queryRaw<PersonRow[]>`
    SELECT u.id::text AS id, u.email, u."displayName", u."isGuest" FROM "User" u WHERE u.id IN (
      SELECT "userId" FROM "Membership" WHERE "workspaceId" = ${workspaceId}::uuid
      UNION SELECT "createdById" FROM "Debate" WHERE "workspaceId" = ${workspaceId}::uuid
      UNION SELECT "authorId" FROM "Claim" WHERE "workspaceId" = ${workspaceId}::uuid
      UNION SELECT "parkedById" FROM "Claim" WHERE "workspaceId" = ${workspaceId}::uuid
      UNION SELECT "createdById" FROM "ClaimLink" WHERE "workspaceId" = ${workspaceId}::uuid
      UNION SELECT "editorId" FROM "ClaimRevision" WHERE "workspaceId" = ${workspaceId}::uuid
      UNION SELECT "resolvedById" FROM "Resolution" WHERE "workspaceId" = ${workspaceId}::uuid
      UNION SELECT "reopenedById" FROM "Resolution" WHERE "workspaceId" = ${workspaceId}::uuid
      UNION SELECT "createdById" FROM "Proposal" WHERE "workspaceId" = ${workspaceId}::uuid
      UNION SELECT "ownerId" FROM "Decision" WHERE "workspaceId" = ${workspaceId}::uuid
      UNION SELECT "recordedById" FROM "Decision" WHERE "workspaceId" = ${workspaceId}::uuid
      UNION SELECT "importedById" FROM "ImportBatch" WHERE "workspaceId" = ${workspaceId}::uuid
      UNION SELECT v."userId" FROM "ClaimVote" v JOIN "Debate" d ON d.id = v."debateId"
        WHERE v."workspaceId" = ${workspaceId}::uuid AND NOT d.anonymous
      UNION SELECT b."userId" FROM "Ballot" b JOIN "Proposal" p ON p.id = b."proposalId"
        JOIN "Debate" d ON d.id = p."debateId" WHERE b."workspaceId" = ${workspaceId}::uuid AND NOT d.anonymous
      UNION SELECT e."actorId" FROM "Event" e LEFT JOIN "Debate" d ON d.id = e."debateId"
        WHERE e."workspaceId" = ${workspaceId}::uuid
          AND NOT (COALESCE(d.anonymous, false) AND e.type = ANY(${VOTING_EVENT_TYPES}))
    ) ORDER BY u.email`;
}

export function personLine(row: PersonRow): RecordOf<"person"> {
  return {
    t: "person",
    ref: row.id,
    email: row.email,
    displayName: row.displayName,
    isGuest: row.isGuest,
  };
}

/** Stand-in voters for one anonymous debate; `emit` declares each the first time it is used. */
export function standInVoters(debateId: string, emit: (line: RecordOf<"person">) => Promise<void>) {
  const refs = new Map<string, string>();
  return async (userId: string): Promise<string> => {
    const known = refs.get(userId);
    if (known) return known;
    const ref = `voter-${refs.size + 1}@${debateId}`;
    refs.set(userId, ref);
    await emit({
      t: "person",
      ref,
      email: null,
      displayName: `Anonymous voter ${refs.size}`,
      isGuest: true,
    });
    return ref;
  };
}
