// Where a change in a debate happened and who made it: the scope of its event.
import type { DebateAccess } from "../debates/debate-access.ts";

/** The workspace, debate and actor every claim event carries. */
export function eventScope(access: DebateAccess) {
  return {
    workspaceId: access.debate.workspaceId,
    debateId: access.debate.id,
    actorId: access.userId,
  };
}
