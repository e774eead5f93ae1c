// What a reader of a debate's events may see: authors unless the debate is
// anonymous (facilitators always), hidden claims' text only for facilitators.
import type { Db } from "../db.ts";
import { canSeeAuthors } from "../domain/debate/debate-permissions.ts";
import { hasAtLeastRole } from "../domain/roles.ts";
import type { DebateAccess } from "../services/debates/debate-access.ts";
import type { EventViewer } from "./event-row.ts";

export async function debateViewer(db: Db, access: DebateAccess): Promise<EventViewer> {
  const hidden = hasAtLeastRole(access.role, "facilitator")
    ? []
    : await db.claim.findMany({
        where: { debateId: access.debate.id, moderation: "hidden" },
        select: { id: true },
      });
  return {
    seesActors: canSeeAuthors(access.role, access.debate.anonymous),
    redactedClaimIds: new Set(hidden.map((c) => c.id)),
  };
}
