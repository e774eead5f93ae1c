// debate.get's access check: the same check as requireDebateAccess, with the
// debate's header and latest event id in the same statement. The whole read
// then makes two round trips fewer; other debate procedures keep the smaller
// check and do not pay for the header or the event.
import { Prisma } from "@steelman/db";
import type { Db } from "../../db.ts";
import { DomainError } from "../../domain/domain-error.ts";
import type { Role } from "../../domain/roles.ts";
import { isUuid } from "../../domain/uuid-shape.ts";
import { sqlRows } from "../../sql-rows.ts";
import {
  accessFrom,
  DEBATE_NOT_FOUND,
  type DebateAccess,
  type RoleColumns,
  roleColumns,
} from "./debate-access.ts";
import {
  type DebateHead,
  type DebateHeaderRow,
  debateHeaderColumns,
  debateHeaderFrom,
} from "./debate-rows.ts";

export type DebateReadAccess = DebateAccess & { head: DebateHead };

type ReadAccessRow = DebateHeaderRow & RoleColumns & { lastEventId: string | null };

/**
 * The latest event id is read here, before any of the rows (loadDebateRows),
 * and in the header's own snapshot: every change after it reaches the reader
 * as a live delta, whether or not the rows read later already hold it.
 */
export async function requireDebateReadAccess(
  db: Db,
  userId: string,
  debateId: string,
  minimum: Role,
  action: string,
): Promise<DebateReadAccess> {
  if (!isUuid(debateId)) throw new DomainError("NOT_FOUND", DEBATE_NOT_FOUND);
  const [row] = await sqlRows<ReadAccessRow>(
    db,
    Prisma.sql`
    SELECT ${debateHeaderColumns}, ${roleColumns(userId)},
      (SELECT e."id"::text FROM "Event" e WHERE e."debateId" = d."id"
        ORDER BY e."id" DESC LIMIT 1) AS "lastEventId"
    FROM "Debate" d JOIN "Workspace" w ON w."id" = d."workspaceId"
    WHERE d."id" = ${debateId}::uuid`,
  );
  if (!row) throw new DomainError("NOT_FOUND", DEBATE_NOT_FOUND);
  const { memberRole, guestRole, lastEventId, ...header } = row;
  const { id, workspaceId, phase, anonymous, archivedAt } = header;
  const accessRow = { id, workspaceId, phase, anonymous, archivedAt, memberRole, guestRole };
  const access = accessFrom(accessRow, userId, minimum, action, DEBATE_NOT_FOUND);
  return { ...access, head: { debate: debateHeaderFrom(header), lastEventId } };
}
