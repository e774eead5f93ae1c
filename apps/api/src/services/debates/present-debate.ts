// The debate itself (not its claims) as one kind of reader sees it, in JSON
// form: shared by the whole read (read-debate.ts) and the live deltas of
// phase and settings changes (realtime/debate-delta.ts), so they agree.
import { canSeeTallies } from "../../domain/debate/tally-visibility.ts";
import { viewerAbilities } from "../../domain/debate/viewer-abilities.ts";
import { isoDate } from "../../domain/iso-date.ts";
import type { Role } from "../../domain/roles.ts";
import type { Phase } from "../../domain/vocabulary.ts";

export type DebateRow = {
  phase: Phase;
  hideTallies: boolean;
  membersMayPropose: boolean;
  claimVotesOnlyInVoting: boolean;
  guestsSeeGroups: boolean;
  phaseStartedAt: Date | null;
  phaseEndsAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
};

/** What decides how the debate is shown: the role, and whether the reader belongs to the workspace. */
export type DebateReaderKind = { role: Role; isWorkspaceMember: boolean };

export function presentDebate<D extends DebateRow>(debate: D, reader: DebateReaderKind) {
  return {
    ...debate,
    phaseStartedAt: isoDate(debate.phaseStartedAt),
    phaseEndsAt: isoDate(debate.phaseEndsAt),
    createdAt: isoDate(debate.createdAt),
    updatedAt: isoDate(debate.updatedAt),
    archivedAt: isoDate(debate.archivedAt),
    viewerRole: reader.role,
    talliesHidden: !canSeeTallies(reader.role, debate),
    // What this reader may do now: the web offers only these (guests see no workspace pages).
    can: viewerAbilities({ ...debate, ...reader }),
  };
}
