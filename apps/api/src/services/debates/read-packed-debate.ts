// debate.get for the web's own client (the packed form, wire/packed-debate.ts)
// on the live debate: the part every reader of a kind sees alike comes from
// debate-read-cache.ts, built and packed once per debate, kind of reader and
// latest event; this reader's own columns (isMine, can, myVote) and the
// debate's header are added per request. Unpacked, it is exactly readDebate's
// answer for the same reader (read-packed-debate.test.ts).
import type { Db } from "../../db.ts";
import { canSeeTallies } from "../../domain/debate/tally-visibility.ts";
import { isoDate } from "../../domain/iso-date.ts";
import { type Json, PACKED_MARK, packClaims, packColumn } from "../../wire/packed-debate.ts";
import type { DebateReadAccess } from "./debate-read-access.ts";
import { debateReadCache } from "./debate-read-cache.ts";
import { loadDebateRows } from "./debate-rows.ts";
import { presentDebate } from "./present-debate.ts";
import { readerClaimFacts } from "./reader-facts.ts";
import { buildSharedDebateRead, type DebateAudience } from "./shared-debate-read.ts";

async function buildPackedSharedRead(db: Db, access: DebateReadAccess, audience: DebateAudience) {
  const rows = await loadDebateRows(db, access.debate.id, null, access.head);
  const shared = buildSharedDebateRead(rows, audience);
  const { claims, toNumber } = packClaims(shared.claims as unknown as Record<string, Json>[]);
  return {
    people: shared.people,
    counts: shared.counts,
    claims,
    unansweredObjectionIds: shared.unansweredObjectionIds.map(toNumber),
    readerInputs: shared.readerInputs,
  };
}

export async function readPackedDebate(db: Db, access: DebateReadAccess) {
  const { debate, lastEventId } = access.head;
  const isWorkspaceMember = !access.guest;
  const audience: DebateAudience = { role: access.role, anonymous: access.debate.anonymous };
  // Everything the shared part depends on besides the rows. The header's
  // updatedAt moves with every change to the debate's settings.
  const slot = [debate.id, access.role, audience.anonymous, canSeeTallies(access.role, debate)];
  const version = `${lastEventId ?? "none"}|${debate.updatedAt.toISOString()}`;
  const shared = await debateReadCache(db).get(
    slot.join("|"),
    version,
    () => buildPackedSharedRead(db, access, audience),
    (read) => read.claims.count,
  );
  const presented = presentDebate(debate, { role: access.role, isWorkspaceMember });
  const own = readerClaimFacts(shared.readerInputs, {
    userId: access.userId,
    role: access.role,
    phase: debate.phase,
    can: presented.can,
    past: false,
  });
  return {
    debate: presented,
    asOf: null,
    lastEventId,
    // Clients count the phase timer down from the server's clock, not their own.
    serverNow: isoDate(new Date()),
    people: shared.people,
    counts: shared.counts,
    [PACKED_MARK]: 1 as const,
    claims: {
      count: shared.claims.count,
      columns: {
        ...shared.claims.columns,
        isMine: packColumn(own.isMine),
        can: packColumn(own.can),
        myVote: packColumn(own.myVote),
      },
    },
    unansweredObjectionIds: shared.unansweredObjectionIds,
  };
}
