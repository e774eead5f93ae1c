// How a live event changes what one reader may see, without a query per
// reader: moderation names its claim, and a debate change's rows are read
// once per event for every stream (DebateDeltas.debateAfter).
import { canSeeTallies } from "../domain/debate/tally-visibility.ts";
import { debatePersonViewer } from "../domain/people/present-person.ts";
import { hasAtLeastRole } from "../domain/roles.ts";
import type { DebateAccess } from "../services/debates/debate-access.ts";
import type { DebateDeltas } from "./debate-delta.ts";
import type { EventRow, EventViewer } from "./event-row.ts";

export type ReaderState = { access: DebateAccess; viewer: EventViewer };

export async function followLiveChange(
  deltas: DebateDeltas,
  row: EventRow,
  state: ReaderState,
): Promise<ReaderState> {
  const { access, viewer } = state;
  const redacts = !hasAtLeastRole(access.role, "facilitator");
  if (row.subjectId && redacts && (row.type === "claim.hidden" || row.type === "claim.restored")) {
    const redacted = new Set(viewer.redactedClaimIds);
    if (row.type === "claim.hidden") redacted.add(row.subjectId);
    else redacted.delete(row.subjectId);
    return { access, viewer: { ...viewer, redactedClaimIds: redacted } };
  }
  if (!row.type.startsWith("debate.")) return state;
  const debate = await deltas.debateAfter(row);
  if (!debate) return state;
  const changed: DebateAccess = {
    ...access,
    debate: {
      ...access.debate,
      phase: debate.phase,
      anonymous: debate.anonymous,
      archivedAt: debate.archivedAt,
    },
  };
  return {
    access: changed,
    viewer: {
      ...viewer,
      person: debatePersonViewer(changed),
      seesTurnout: canSeeTallies(changed.role, debate),
    },
  };
}
