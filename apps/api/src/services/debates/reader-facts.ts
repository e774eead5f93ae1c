// One reader's own facts about every claim of a whole-debate read (which are
// theirs, what they may do with each, their votes), from the shared part's
// inputs (shared-debate-read.ts). Never part of what readers share.
import { claimActionBitsReader } from "../../domain/debate/claim-abilities.ts";
import type { Agreement } from "../../domain/debate/claim-vote-rules.ts";
import type { ViewerAbilities } from "../../domain/debate/viewer-abilities.ts";
import type { Role } from "../../domain/roles.ts";
import type { Phase } from "../../domain/vocabulary.ts";
import type { ReaderInputs } from "./shared-debate-read.ts";

export type DebateReader = {
  userId: string;
  role: Role;
  phase: Phase;
  can: ViewerAbilities;
  /** A past moment is read-only: no claim in it can be acted on. */
  past: boolean;
};

/** Column by column, in the order of the read's claims. */
export function readerClaimFacts(inputs: ReaderInputs, reader: DebateReader) {
  const { authorIds, targetAuthorIds, facts, claimIds } = inputs;
  const bits = claimActionBitsReader({ role: reader.role, phase: reader.phase, can: reader.can });
  const own = inputs.votesByPerson.get(reader.userId);
  const count = claimIds.length;
  const isMine: boolean[] = new Array(count);
  /** What this reader may do with each claim: a bit set (domain/debate/claim-actions.ts). */
  const can: number[] = new Array(count);
  const myVote: ({ agreement: Agreement; impact: number | null } | null)[] = new Array(count);
  for (let index = 0; index < count; index++) {
    const mine = authorIds[index] === reader.userId;
    isMine[index] = mine;
    can[index] = reader.past
      ? 0
      : bits(facts[index] as (typeof facts)[number], {
          mine,
          targetMine: targetAuthorIds[index] === reader.userId,
        });
    myVote[index] = own?.get(claimIds[index] as string) ?? null;
  }
  return { isMine, can, myVote };
}
