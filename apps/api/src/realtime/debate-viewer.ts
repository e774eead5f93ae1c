// What a reader of a debate's events may see: people as the presenter shows
// them, hidden claims' text only for facilitators, and turnout (vote and
// ballot events) only where tallies are shown.
import type { Db } from "../db.ts";
import { canSeeTallies } from "../domain/debate/tally-visibility.ts";
import { debatePersonViewer } from "../domain/people/present-person.ts";
import { hasAtLeastRole } from "../domain/roles.ts";
import type { DebateAccess } from "../services/debates/debate-access.ts";
import type { EventViewer } from "./event-row.ts";

export async function debateViewer(db: Db, access: DebateAccess): Promise<EventViewer> {
  const [hidden, debate] = await Promise.all([
    hasAtLeastRole(access.role, "facilitator")
      ? []
      : db.claim.findMany({
          where: { debateId: access.debate.id, moderation: "hidden" },
          select: { id: true },
        }),
    db.debate.findUniqueOrThrow({
      where: { id: access.debate.id },
      select: { hideTallies: true, phase: true },
    }),
  ]);
  return {
    person: debatePersonViewer(access),
    seesTurnout: canSeeTallies(access.role, debate),
    redactedClaimIds: new Set(hidden.map((c) => c.id)),
  };
}
